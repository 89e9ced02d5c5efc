'use client';
import { useMessages } from 'next-intl';
import { locales, type Locale } from '@/lib/i18n/routing';
import { matchTools } from '@/lib/search/tool-names';
import type { ToolCardData } from '@/lib/search/tool-cards';
import { useSearch } from './use-search';
import { SearchForm } from './SearchForm';
import { SearchFilters } from './SearchFilters';
import { SearchStatus } from './SearchStatus';
import { ToolCard } from './ToolCard';
import { ResultItem } from './ResultItem';

/**
 * The search page: runs the query from `?q=` on load and keeps the URL shareable as you type.
 * Messages: `Search`, `Languages` and `Tools.countsIn` (see the search page).
 */
export function SearchApp({
  locale,
  basePath,
  organisations,
  tools,
}: {
  locale: Locale;
  basePath: string;
  /** id → name in the page's language. */
  organisations: Record<string, string>;
  tools: ToolCardData[];
}) {
  const kinds = useMessages().Search.kinds;
  const search = useSearch(basePath, locale, {
    organisation: Object.keys(organisations),
    kind: Object.keys(kinds),
    language: locales,
  });
  const { query, results } = search;
  return (
    <div data-search-app data-search-state={search.busy ? 'busy' : results === null ? 'idle' : 'done'}>
      <SearchForm query={query} onQuery={(q) => search.update({ query: q })} onSubmit={search.rerun} />
      <SearchFilters filters={search.filters} all={search.all} organisations={organisations} onChange={search.update} />
      {/* Reserve a screen of room so arriving results do not push the footer (no layout shift). */}
      <div className="min-h-screen">
        <SearchStatus
          query={query}
          total={search.total}
          busy={search.busy}
          done={results !== null}
          partial={search.partial}
        />
        {matchTools(tools, query).map((card) => (
          <ToolCard key={card.id} card={card} />
        ))}
        {results && results.length > 0 && (
          <ol className="mt-4 space-y-6" data-search-results>
            {results.map((r) => (
              <ResultItem key={r.url} result={r} locale={locale} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
