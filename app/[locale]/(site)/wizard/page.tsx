import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations } from '@/lib/content/queries';
import { QuestionPage } from '@/components/wizard/QuestionPage';
import { EmbedSnippet } from '@/components/wizard/EmbedSnippet';
import { SearchFacets } from '@/components/search/SearchFacets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('title') };
}

export default async function WizardStart({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <div data-pagefind-body>
      <SearchFacets kind="wizard" />
      <p className="mb-6 max-w-2xl text-lg">{t('intro')}</p>
      <QuestionPage
        question={t('qOrganisation')}
        step={t('step', { current: 1, total: 4 })}
        backLabel={t('back')}
        choices={getOrganisations().map((o) => ({
          id: o.id,
          href: localePath(locale, 'wizard', o.id),
          label: o.name[locale],
          hint: o.description[locale],
        }))}
      />
      <EmbedSnippet locale={locale} />
    </div>
  );
}
