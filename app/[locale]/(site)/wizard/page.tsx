import { getTranslations } from 'next-intl/server';
import { questionMetadata, questionPageData } from '@/lib/wizard/question-page';
import type { PageProps } from '@/lib/i18n/page-params';
import { QuestionPage } from '@/components/wizard/QuestionPage';
import { EmbedSnippet } from '@/components/wizard/EmbedSnippet';
import { SearchFacets } from '@/components/search/SearchFacets';

export const generateMetadata = questionMetadata('organisation');

/** The first question, with the wizard's introduction and the code to embed it. */
export default async function WizardStart({ params }: PageProps) {
  const { locale, view } = await questionPageData(params, 'organisation');
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <div data-pagefind-body>
      <SearchFacets kind="wizard" />
      <p className="mb-6 max-w-2xl text-lg">{t('intro')}</p>
      <QuestionPage view={view} />
      <EmbedSnippet locale={locale} />
    </div>
  );
}
