import { getTranslations } from 'next-intl/server';
import { questionPageData } from '@/lib/wizard/question-page';
import { titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { QuestionPage } from '@/components/wizard/QuestionPage';
import { EmbedSnippet } from '@/components/wizard/EmbedSnippet';

// The start page is titled by the wizard's own question, not by its first step.
export const generateMetadata = titleMetadata('Wizard', 'title', { path: 'wizard', description: 'intro' });

/** The first question, with the wizard's introduction and the code to embed it. */
export default async function WizardStart({ params }: PageProps) {
  const { locale, view } = await questionPageData(params, 'organisation');
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <div>
      <p className="mb-6 max-w-2xl text-lg">{t('intro')}</p>
      <QuestionPage view={view} />
      <EmbedSnippet locale={locale} />
    </div>
  );
}
