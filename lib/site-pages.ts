/**
 * Every page of the site as (path segments, languages it really exists in). The sitemap and the
 * accessibility sweep both read this list, so a new page type is added here once.
 */
import { locales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { getGuidelineKeys, getGuideline, getOrganisations, getTools } from '@/lib/content/queries';
import { matrixSitePaths } from '@/lib/wizard/matrix-paths';

export interface SitePage {
  /** Path without the locale, e.g. `guidelines/region-halland/video-conferencing-routine`. */
  path: string;
  /** Languages with real content at this path (fallback pages are left out of hreflang). */
  languages: readonly Locale[];
}

export function sitePages(): SitePage[] {
  const everywhere = (path: string): SitePage => ({ path, languages: locales });
  return [
    everywhere(''),
    everywhere('guidelines'),
    ...getOrganisations().map((o) => everywhere(`guidelines/${o.id}`)),
    ...getGuidelineKeys().map(({ organisation, slug }) => ({
      path: `guidelines/${organisation}/${slug}`,
      languages: getGuideline('da', slug)?.available ?? [],
    })),
    everywhere('organisations'),
    ...getOrganisations().map((o) => everywhere(`organisations/${o.id}`)),
    ...getOrganisations().map((o) => everywhere(`organisations/${o.id}/decision-table`)),
    everywhere('wizard'),
    // The question pages per organisation; the 96 outcomes and their deeper questions are left out
    // (they are many and alike: the e2e suite checks a sample of them).
    ...getOrganisations().map((o) => everywhere(`wizard/${o.id}`)),
    everywhere('tools'),
    // The tool matrices: the index, one page per purpose and one per situation (24).
    ...matrixSitePaths().map(everywhere),
    ...getTools().map((t) => everywhere(`tools/${t.id}`)),
    everywhere('glossary'),
    everywhere('accessibility'),
    everywhere('search'),
  ];
}

export function pageUrl(origin: string, locale: Locale, path: string): string {
  return `${origin}${localePath(locale, path)}`;
}
