import { questionPageData } from '@/lib/wizard/question-page';
import type { PageProps } from '@/lib/i18n/page-params';
import { QuestionPage } from '@/components/wizard/QuestionPage';

export { generateMetadata } from '../../(site)/wizard/page';

/** The first question for an iframe: each answer opens the full portal in the top window. */
export default async function EmbedWizardStart({ params }: PageProps) {
  return (
    <QuestionPage
      view={(await questionPageData(params, 'organisation', { embed: true, hints: false })).view}
      target="_top"
    />
  );
}
