export const NEEDS_TARGET: string;
export function legacyNeedsPage(page: {
  locale: string;
  title: string;
  text: string;
  linkText: string;
  stylesheets?: string[];
}): string;
export function writeLegacyPages(site: string, locales?: readonly string[]): number;
