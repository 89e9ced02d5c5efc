import { defineRouting } from 'next-intl/routing';

/** The one place that lists the portal's languages. */
export const locales = ['da', 'sv', 'nb'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

export const routing = defineRouting({ locales, defaultLocale, localePrefix: 'always' });

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
