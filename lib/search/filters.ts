/** The search page's filters, as they stand in its URL (`?organisation=…&kind=…&language=…`). */
export const FILTER_KEYS = ['organisation', 'kind', 'language'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string>;

/**
 * The filters of a search URL, keeping only values the page offers. An unknown value
 * (`?organisation=bogus`, from a hand-edited or outdated link) is dropped as if it were not given:
 * kept, it would hide every result while its menu shows "–".
 */
export function readFilters(params: URLSearchParams, offered: Record<FilterKey, readonly string[]>): Filters {
  const value = (key: FilterKey) => {
    const given = params.get(key) ?? '';
    return offered[key].includes(given) ? given : '';
  };
  return { organisation: value('organisation'), kind: value('kind'), language: value('language') };
}
