import { getTranslations } from 'next-intl/server';
import { locales } from '@/lib/i18n/routing';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { messages } from '@/lib/i18n/messages';
import { getGlossary } from '@/lib/content/glossary';
import { SearchFacets } from '@/components/search/SearchFacets';

export const generateMetadata = titleMetadata('Glossary', 'title', { path: 'glossary', description: 'intro' });

export default async function GlossaryPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const collator = new Intl.Collator(locale);
  const entries = [...getGlossary()].sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
  return (
    <div data-pagefind-body data-pagefind-weight="0.25">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('intro')}</p>
      <dl className="mt-6 divide-y divide-slate-200">
        {entries.map((e) => (
          <div key={e.id} id={`term-${e.id}`} className="py-4" data-glossary-term={e.id}>
            <dt className="text-lg font-bold">{e.term[locale]}</dt>
            <dd>
              <p>{e.definition[locale]}</p>
              <p className="mt-1 text-sm text-slate-700">
                {t('inLanguages')}:{' '}
                {locales.map((l, i) => (
                  <span key={l}>
                    {i > 0 && ' · '}
                    <span lang={l}>{e.term[l]}</span> ({messages[locale].Languages[l]})
                  </span>
                ))}
              </p>
            </dd>
          </div>
        ))}
      </dl>
      <SearchFacets
        kind="glossary"
        text={entries.map((e) => `${e.term[locale]} ${e.definition[locale]}`).join(' ')}
        locale={locale}
      />
    </div>
  );
}
