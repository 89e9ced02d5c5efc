import type { PagefindResultData } from './pagefind';

/** One result: title, organisation, language when it is another one, excerpt, and the sections it was found in. */
export function ResultItem({
  result,
  locale,
  languages,
  sectionsLabel,
}: {
  result: PagefindResultData;
  locale: string;
  languages: Record<string, string>;
  sectionsLabel: string;
}) {
  const resultLocale = result.url.split('/').find((s) => s in languages) ?? locale;
  const sections = result.sub_results.filter((s) => s.url.includes('#')).slice(0, 3);
  return (
    <li data-result-url={result.url} data-result-locale={resultLocale}>
      <h2 className="text-lg font-semibold">
        <a href={result.url} lang={resultLocale}>
          {result.meta.title}
        </a>
        {resultLocale !== locale && (
          <span className="ml-2 rounded bg-slate-200 px-1.5 text-sm font-normal">{languages[resultLocale]}</span>
        )}
      </h2>
      {result.meta.organisation && <p className="text-sm text-slate-700">{result.meta.organisation}</p>}
      {/* Pagefind escapes the page text and adds only <mark> around the matched words. */}
      <p className="mt-1" lang={resultLocale} dangerouslySetInnerHTML={{ __html: result.excerpt }} />
      {sections.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" aria-label={sectionsLabel}>
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
