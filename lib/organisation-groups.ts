/**
 * Organisations grouped the way people look for theirs: by country, then by kind (regions,
 * municipalities). Pure and generic: the wizard's first question, the organisations index and the
 * search filter group their own items with it. Items keep their order (lib/organisations.ts sorts
 * organisations by country, kind and name), so groups come in that order too.
 */
export interface Place {
  country: { id: string; label: string };
  kind: { id: string; label: string };
}

export interface KindGroup<T> {
  id: string;
  heading: string;
  items: T[];
}

export interface CountryGroup<T> {
  id: string;
  heading: string;
  kinds: KindGroup<T>[];
}

export function groupByPlace<T>(items: readonly T[], placeOf: (item: T) => Place): CountryGroup<T>[] {
  const countries: CountryGroup<T>[] = [];
  for (const item of items) {
    const { country, kind } = placeOf(item);
    let c = countries.find((g) => g.id === country.id);
    if (!c) countries.push((c = { id: country.id, heading: country.label, kinds: [] }));
    let k = c.kinds.find((g) => g.id === kind.id);
    if (!k) c.kinds.push((k = { id: kind.id, heading: kind.label, items: [] }));
    k.items.push(item);
  }
  return countries;
}

/** From this many organisations on, a list of them gets a filter field (with JavaScript). */
export const FILTER_FROM = 8;
