import type { Locale } from './routing';

/** A site path for a locale: `localePath('sv', 'guidelines')` → `/sv/guidelines/`. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments.flatMap((s) => s.split('/')).filter(Boolean);
  return `/${[locale, ...rest].join('/')}/`;
}

/** The same page in another language: swaps the first path segment, keeps the rest. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const parts = pathname.split('/').filter(Boolean);
  parts[0] = to;
  return `/${parts.join('/')}/`;
}
