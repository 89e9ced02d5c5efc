import { pagefindOptions } from '@/lib/search/pagefind-options';

/** The subset of Pagefind's browser API we use (https://pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Positions of the matched words in this section: more means a better match. */
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
}

const instances = new Map<string, Promise<PagefindApi>>();

/**
 * Loads Pagefind from the built site (it exists only after `pagefind` has run over out/).
 * `allLanguages` adds the other two languages' indexes, each with its own language key; the path
 * is spelled differently so Pagefind does not skip it as "the same bundle".
 */
export function loadPagefind(
  basePath: string,
  locale: string,
  others: string[],
  allLanguages: boolean,
): Promise<PagefindApi> {
  const key = `${locale}:${allLanguages}`;
  let instance = instances.get(key);
  if (!instance) {
    const url = `${basePath}/pagefind/pagefind.js${allLanguages ? '?all' : ''}`;
    instance = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<PagefindApi>).then(
      async (pf) => {
        // Pagefind stores URLs from the site root; under a base path they need the prefix.
        await pf.options({ ...pagefindOptions, baseUrl: `${basePath}/` });
        if (allLanguages) {
          for (const language of others)
            await pf.mergeIndex(`${window.location.origin}${basePath}/pagefind/`, { language });
        }
        await pf.init();
        return pf;
      },
    );
    instances.set(key, instance);
  }
  return instance;
}
