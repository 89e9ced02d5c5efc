import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';
import config from '../lib/i18n/locales.json' with { type: 'json' };
import type { Locale } from '../lib/i18n/routing';

export type { Locale };
/** The portal's languages, from lib/i18n/locales.json (every URL starts with one of them). */
export const locales = config.locales as readonly Locale[];

/** A guideline that exists in every language and carries an interactive checklist. */
export const checklistGuidelinePath = 'guidelines/lillehammer-kommune/video-meetings/';

const repoFile = (relative: string) => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/** The UI messages of one locale, read from content/messages/{locale}.json. */
export function messages(locale: Locale): { Site: { name: string; languageName: string } } & Record<string, unknown> {
  return JSON.parse(readFileSync(repoFile(`content/messages/${locale}.json`), 'utf8'));
}

/**
 * Every page URL listed in /sitemap.xml, as a path (with any base path) relative to the test server:
 * the sitemap's origin is SITE_URL, which need not be the server the tests run against.
 */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  if (!response.ok()) throw new Error(`/sitemap.xml answered ${response.status()}`);
  return pathsInSitemap(await response.text());
}

/**
 * The same paths, read from out/sitemap.xml on disk: for specs that make one test per page, whose
 * list of tests must be known before any server runs (the file the test server serves).
 */
export function builtSitemapPaths(): string[] {
  return pathsInSitemap(readFileSync(repoFile('out/sitemap.xml'), 'utf8'));
}

function pathsInSitemap(xml: string): string[] {
  const paths = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => {
    const url = new URL(m[1]!.replace(/&amp;/g, '&'));
    return `${url.pathname}${url.search}`;
  });
  if (paths.length === 0) throw new Error('sitemap.xml lists no <loc> URLs');
  return paths;
}

/** The locale a site path belongs to (its first segment), if any. */
export function localeOf(path: string): Locale | undefined {
  const first = path.split('/').filter(Boolean)[0];
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : undefined;
}

/** Site paths of guideline pages: /{locale}/guidelines/{organisation}/{slug}/ */
export const isGuidelinePath = (path: string) => /^\/[a-z]{2}\/guidelines\/[^/]+\/[^/]+\/$/.test(path);

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
