import { defineRouting } from 'next-intl/routing';
import config from './locales.json' with { type: 'json' };

/**
 * The portal's languages. `locales.json` is the one list: scripts, deploy headers and the content
 * config read it too. The tuple type below names the same three, and a unit test keeps them equal.
 */
export type Locale = 'da' | 'sv' | 'nb';
export const locales = config.locales as readonly Locale[];
export const defaultLocale = config.defaultLocale as Locale;

export const routing = defineRouting({ locales, defaultLocale, localePrefix: 'always' });

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** A dynamic route's static params in every language: `inEveryLocale([{ tool: 'teams' }])`. */
export function inEveryLocale<T extends object>(params: readonly T[]): ({ locale: Locale } & T)[] {
  return locales.flatMap((locale) => params.map((p) => ({ locale, ...p })));
}
