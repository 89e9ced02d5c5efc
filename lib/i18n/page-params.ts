/**
 * Route params and metadata for pages: every page and layout validates its locale segment here,
 * so no page casts `params.locale` to a Locale.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Messages } from './messages';
import { isLocale, type Locale } from './routing';
import { localePath } from './paths';
import { pageMetadata } from './social';

/** What Next passes a page or layout under `app/[locale]/…`: the segments, as strings, in a promise. */
export type RouteParams<Segments extends string = never> = Promise<{ locale: string } & Record<Segments, string>>;
export interface PageProps<Segments extends string = never> {
  params: RouteParams<Segments>;
}

/** The route's params with a checked locale (unknown locale → 404), registered for static rendering. */
export async function routeParams<Segments extends string = never>(
  params: RouteParams<Segments>,
): Promise<{ locale: Locale } & Record<Segments, string>> {
  const all = await params;
  if (!isLocale(all.locale)) notFound();
  setRequestLocale(all.locale);
  return all as { locale: Locale } & Record<Segments, string>;
}

/** Every page starts here: validates the locale segment and registers it for static rendering. */
export async function localeFromParams(params: RouteParams): Promise<Locale> {
  return (await routeParams(params)).locale;
}

type Namespace = keyof Messages;
type KeyOf<N extends Namespace> = Extract<keyof Messages[N], string>;

/**
 * A page's title, description and link preview (Open Graph, Twitter card) with the site's name and
 * tagline from the messages. `path` is the page's site path (`/da/tools/teams/`); the description
 * defaults to the tagline.
 */
export async function describePage(
  locale: Locale,
  path: string,
  title: string,
  description?: string,
): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    path,
    title,
    description: description ?? site('tagline'),
    siteName: site('name'),
    imageAlt: `${site('name')}: ${site('tagline')}`,
  });
}

/**
 * Title, description and link preview from messages of one namespace, for a page at one path:
 * `export const generateMetadata = titleMetadata('Tools', 'title', { path: 'tools', description: 'intro' })`.
 */
export function titleMetadata<N extends Namespace>(
  namespace: N,
  key: KeyOf<N>,
  page: { path: string; description?: KeyOf<N> },
) {
  return async function generateMetadata({ params }: PageProps): Promise<Metadata> {
    const locale = await localeFromParams(params);
    const t = (await getTranslations({ locale, namespace })) as unknown as (k: string) => string;
    return describePage(
      locale,
      localePath(locale, page.path),
      t(key),
      page.description === undefined ? undefined : t(page.description),
    );
  };
}
