import { questionPageData } from '@/lib/wizard/question-page';
import type { PageProps } from '@/lib/i18n/page-params';
import { QuestionPage } from '@/components/wizard/QuestionPage';

export const dynamicParams = false;
export { generateStaticParams, generateMetadata } from '../../../(site)/wizard/[organisation]/page';

/** An organisation's own iframe starts at the second question (no "back": the iframe starts here). */
export default async function EmbedPurposeQuestion({ params }: PageProps<'organisation'>) {
  return <QuestionPage view={(await questionPageData(params, 'purpose', { embed: true })).view} target="_top" />;
}
