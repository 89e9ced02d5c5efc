'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { locales, type Locale } from '@/lib/i18n/routing';
import { readQuery } from '@/lib/search/query';
import { rankPages } from '@/lib/search/rank';
import { FILTER_KEYS, readFilters, type FilterKey, type Filters } from '@/lib/search/filters';
import { loadPagefind, type PagefindResultData } from './pagefind';

export { FILTER_KEYS, type Filters };

export interface SearchState {
  query: string;
  filters: Filters;
  /** Search the other languages' indexes too. */
  all: boolean;
}

function readUrl(offered: Record<FilterKey, readonly string[]>): SearchState {
  const p = new URLSearchParams(window.location.search);
  return { query: p.get('q') ?? '', filters: readFilters(p, offered), all: p.get('all') === '1' };
}

/** The state as a shareable URL (`?q=…&organisation=…&all=1`), replacing the current history entry. */
function writeUrl({ query, filters, all }: SearchState) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]);
  if (all) params.set('all', '1');
  window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params}` : ''}`);
}

/**
 * The search's state and results: starts from the URL, keeps the URL in step as it changes, and
 * runs Pagefind on every change (a slower, older answer never replaces a newer one).
 */
export function useSearch(basePath: string, locale: Locale, offered: Record<FilterKey, readonly string[]>) {
  const [state, setState] = useState<SearchState>({
    query: '',
    filters: { organisation: '', kind: '', language: '' },
    all: false,
  });
  const [results, setResults] = useState<PagefindResultData[] | null>(null);
  const [total, setTotal] = useState(0);
  /** No page has all the query's words: the results are the best partial matches. */
  const [partial, setPartial] = useState(false);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);
  // The filter values the page offers are fixed at build time: read once, with the URL.
  const offeredOnLoad = useRef(offered);

  const run = useCallback(
    async (s: SearchState) => {
      const id = ++latest.current;
      writeUrl(s);
      if (!s.query.trim()) return setResults(null);
      setBusy(true);
      const others = locales.filter((l) => l !== locale);
      const pf = await loadPagefind(basePath, locale, others, s.all);
      const filters = Object.fromEntries(FILTER_KEYS.filter((k) => s.filters[k]).map((k) => [k, s.filters[k]]));
      // The query as staff write it: stop words out, synonyms in, partial matches when nothing has all words.
      const ranking = await rankPages(
        async (term) => (await pf.search(term, { filters })).results,
        readQuery(s.query, locale),
      );
      const data = await Promise.all(ranking.pages.slice(0, 50).map((p) => p.hit.data()));
      if (id !== latest.current) return;
      setTotal(ranking.pages.length);
      setPartial(ranking.partial);
      setResults(data);
      setBusy(false);
    },
    [basePath, locale],
  );

  useEffect(() => {
    const initial = readUrl(offeredOnLoad.current);
    // The URL is known only in the browser: the static HTML is the empty search.
    setState(initial);
    void run(initial);
  }, [run]);

  /** Changes part of the state and searches again. */
  const update = (change: Partial<SearchState>) => {
    const next = { ...state, ...change };
    setState(next);
    void run(next);
  };
  return { ...state, results, total, partial, busy, update, rerun: () => void run(state) };
}
