/**
 * Which document to show for a guideline in a language. Pure: the fallback rule (serve the
 * original with a notice when a translation is missing, as Starlight does) is tested on its own.
 */
import type { Locale } from '@/lib/i18n/routing';

export interface LocalisedDoc {
  slug: string;
  locale: Locale;
  originalLanguage: Locale;
}

export interface Resolved<T> {
  doc: T;
  /** True when `doc` is in another language than the one asked for. */
  fallback: boolean;
  /** Locales with a real version of this guideline (for hreflang). */
  available: Locale[];
}

export function resolveGuideline<T extends LocalisedDoc>(
  docs: T[],
  slug: string,
  locale: Locale,
): Resolved<T> | undefined {
  const versions = docs.filter((d) => d.slug === slug);
  const available = versions.map((d) => d.locale);
  const exact = versions.find((d) => d.locale === locale);
  if (exact) return { doc: exact, fallback: false, available };
  const original = versions.find((d) => d.locale === d.originalLanguage) ?? versions[0];
  return original ? { doc: original, fallback: true, available } : undefined;
}

/** Past its next review date on `today` (ISO dates compare as strings). */
export function isOverdue(nextReview: string, today: string): boolean {
  return nextReview.slice(0, 10) < today.slice(0, 10);
}

/** How many of these guidelines are past their next review date: the home page says it once. */
export function reviewSummary(guidelines: { nextReview: string }[], today: string) {
  return { total: guidelines.length, overdue: guidelines.filter((g) => isOverdue(g.nextReview, today)).length };
}
