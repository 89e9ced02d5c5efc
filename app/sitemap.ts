import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/routing';
import { sitePages, pageUrl } from '@/lib/site-pages';
import { siteUrl, basePath } from '@/lib/site';

export const dynamic = 'force-static';

/** One entry per page and language, each with hreflang alternates for the languages it exists in. */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = `${siteUrl}${basePath}`;
  return sitePages().flatMap(({ path, languages }) =>
    locales.map((locale) => ({
      url: pageUrl(origin, locale, path),
      alternates: { languages: Object.fromEntries(languages.map((l) => [l, pageUrl(origin, l, path)])) },
    })),
  );
}
