/**
 * A page's title, description and link-preview metadata (Open Graph and Twitter card), from plain
 * texts: what an intranet page, Teams or an e-mail client shows when a manager pastes a link.
 * Pure, so tests build it from plain strings; lib/i18n/page-metadata.ts fills in the messages.
 */
import type { Metadata } from 'next';
import { absoluteUrl } from '@/lib/site';
import { locales, type Locale } from './routing';

/** Open Graph names a locale as language_TERRITORY. */
export const ogLocales: Record<Locale, string> = { da: 'da_DK', sv: 'sv_SE', nb: 'nb_NO' };

/** The one preview image of a locale, built with the site (app/[locale]/preview.png/route.tsx). */
export const previewImage = { width: 1200, height: 630, path: (locale: Locale) => `/${locale}/preview.png` };

export interface PageTexts {
  locale: Locale;
  /** The page's site path without the base path, e.g. `/da/tools/teams/`. */
  path: string;
  /** The page's own title; the layout's template adds the site name to `<title>`. */
  title: string;
  description: string;
  siteName: string;
  /** Said by the preview image (the site's name and tagline). */
  imageAlt: string;
}

export function pageMetadata({ locale, path, title, description, siteName, imageAlt }: PageTexts): Metadata {
  const image = {
    url: absoluteUrl(previewImage.path(locale)),
    width: previewImage.width,
    height: previewImage.height,
    alt: imageAlt,
    type: 'image/png',
  };
  return {
    title,
    description,
    openGraph: {
      type: 'website',
      title,
      description,
      url: absoluteUrl(path),
      siteName,
      locale: ogLocales[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocales[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
