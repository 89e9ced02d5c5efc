'use client';
import { useTranslations } from 'next-intl';
import { isLocale, type Locale } from '@/lib/i18n/routing';
import { bestSections } from '@/lib/search/rank';
import type { PagefindResultData } from './pagefind';

/**
 * One page of the results: title, organisation, language when it is another one, excerpt, and up
 * to three of its sections that match best, each linking to its anchor.
 */
export function ResultItem({ result, locale }: { result: PagefindResultData; locale: Locale }) {
  const t = useTranslations('Search');
  const languages = useTranslations('Languages');
  const resultLocale = result.url.split('/').find(isLocale) ?? locale;
  const sections = bestSections(result.sub_results);
  return (
    <li data-result-url={result.url} data-result-locale={resultLocale}>
      <h2 className="text-lg font-semibold">
        <a href={result.url} lang={resultLocale}>
          {result.meta.title}
        </a>
        {resultLocale !== locale && (
          <span className="ml-2 rounded bg-slate-200 px-1.5 text-sm font-normal">{languages(resultLocale)}</span>
        )}
      </h2>
      {result.meta.organisation && <p className="text-sm text-slate-700">{result.meta.organisation}</p>}
      {/* Pagefind escapes the page text and adds only <mark> around the matched words. */}
      <p className="mt-1" lang={resultLocale} dangerouslySetInnerHTML={{ __html: result.excerpt }} />
      {sections.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" aria-label={t('sections')}>
          {sections.map((s) => (
            <li key={s.url}>
              <a href={s.url} lang={resultLocale} className="inline-block py-1">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
