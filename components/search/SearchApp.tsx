'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadPagefind, type PagefindResultData } from './pagefind';
import { matchTools, type ToolCardData } from '@/lib/search/tool-cards';
import { ToolCard } from './ToolCard';
import { ResultItem } from './ResultItem';

export interface SearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  searching: string;
  filters: string;
  organisation: string;
  kind: string;
  language: string;
  allLanguages: string;
  clearFilters: string;
  sections: string;
  /** `{count}` and `{query}` are filled in here. */
  results: Record<'zero' | 'one' | 'other', string>;
  kinds: Record<string, string>;
  languages: Record<string, string>;
  organisations: Record<string, string>;
  toolCard: string;
  toolCardLink: string;
}

type Filters = { organisation: string; kind: string; language: string };
const FILTER_KEYS = ['organisation', 'kind', 'language'] as const;

function readUrl(): { q: string; filters: Filters; all: boolean } {
  const p = new URLSearchParams(window.location.search);
  return {
    q: p.get('q') ?? '',
    filters: {
      organisation: p.get('organisation') ?? '',
      kind: p.get('kind') ?? '',
      language: p.get('language') ?? '',
    },
    all: p.get('all') === '1',
  };
}

/** The search page: runs the query from `?q=` on load and keeps the URL shareable as you type. */
export function SearchApp({
  locale,
  basePath,
  labels,
  tools,
}: {
  locale: string;
  basePath: string;
  labels: SearchLabels;
  tools: ToolCardData[];
}) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ organisation: '', kind: '', language: '' });
  const [all, setAll] = useState(false);
  const [results, setResults] = useState<PagefindResultData[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [total, setTotal] = useState(0);
  const latest = useRef(0);
  const others = Object.keys(labels.languages).filter((l) => l !== locale);

  const run = useCallback(
    async (q: string, f: Filters, allLanguages: boolean) => {
      const id = ++latest.current;
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      for (const k of FILTER_KEYS) if (f[k]) params.set(k, f[k]);
      if (allLanguages) params.set('all', '1');
      window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params}` : ''}`);
      if (!q.trim()) return setResults(null);
      setBusy(true);
      const pf = await loadPagefind(basePath, locale, others, allLanguages);
      const filterArg = Object.fromEntries(FILTER_KEYS.filter((k) => f[k]).map((k) => [k, f[k]]));
      const found = await pf.search(q, { filters: filterArg });
      const data = await Promise.all(found.results.slice(0, 50).map((r) => r.data()));
      if (id !== latest.current) return;
      setTotal(found.results.length);
      setResults(data);
      setBusy(false);
    },
    [basePath, locale, others.join()], // eslint-disable-line react-hooks/exhaustive-deps
  );

  useEffect(() => {
    const initial = readUrl();
    setQuery(initial.q);
    setFilters(initial.filters);
    setAll(initial.all);
    void run(initial.q, initial.filters, initial.all);
  }, [run]);

  const update = (q: string, f: Filters, a: boolean) => {
    setQuery(q);
    setFilters(f);
    setAll(a);
    void run(q, f, a);
  };

  const count = results === null ? 0 : total;
  const status =
    results === null
      ? ''
      : labels.results[count === 0 ? 'zero' : count === 1 ? 'one' : 'other']
          .replace('{count}', String(count))
          .replace('{query}', query);
  const cards = matchTools(tools, query);
  const select = (key: keyof Filters, options: Record<string, string>) => (
    <label className="flex flex-col text-sm font-semibold">
      {labels[key]}
      <select
        className="mt-1 rounded border-2 border-slate-400 bg-white p-1.5 font-normal"
        value={filters[key]}
        data-filter={key}
        onChange={(e) => update(query, { ...filters, [key]: e.target.value }, all)}
      >
        <option value="">–</option>
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div data-search-app data-search-state={busy ? 'busy' : results === null ? 'idle' : 'done'}>
      <form
        role="search"
        onSubmit={(e) => (e.preventDefault(), void run(query, filters, all))}
        className="flex flex-wrap items-end gap-2"
      >
        <label htmlFor="search-input" className="w-full font-semibold">
          {labels.label}
        </label>
        <input
          id="search-input"
          type="search"
          name="q"
          value={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          className="min-w-0 flex-1 rounded border-2 border-slate-500 p-2 text-lg"
          onChange={(e) => update(e.target.value, filters, all)}
        />
        <button type="submit" className="button-primary">
          {labels.submit}
        </button>
      </form>
      <fieldset className="mt-4 flex flex-wrap items-end gap-4">
        <legend className="mb-1 font-semibold">{labels.filters}</legend>
        {select('organisation', labels.organisations)}
        {select('kind', labels.kinds)}
        {select('language', labels.languages)}
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={all}
            data-all-languages
            onChange={(e) => update(query, filters, e.target.checked)}
            className="size-5 accent-brand-700"
          />
          {labels.allLanguages}
        </label>
      </fieldset>
      {/* Reserve a screen of room so arriving results do not push the footer (no layout shift). */}
      <div className="min-h-screen">
        <p role="status" aria-live="polite" className="mt-6 font-semibold" data-search-status>
          {busy && results === null ? labels.searching : status}
        </p>
        {cards.map((card) => (
          <ToolCard
            key={card.id}
            card={card}
            title={labels.toolCard.replace('{tool}', card.name)}
            link={labels.toolCardLink.replace('{tool}', card.name)}
          />
        ))}
        {results && results.length > 0 && (
          <ol className="mt-4 space-y-6" data-search-results>
            {results.map((r) => (
              <ResultItem
                key={r.url}
                result={r}
                locale={locale}
                languages={labels.languages}
                sectionsLabel={labels.sections}
              />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
