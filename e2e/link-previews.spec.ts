import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { locales, localeOf, messages, sitemapPaths, type Locale } from './support';

// What a pasted link shows (issue 16): every page's <title>, description, Open Graph and Twitter
// card, read from the built HTML of every page type in every language; the outcomes' titles name
// their situation (all 288 distinct) and their description is their summary; the preview images.

/** The absolute origin og:url starts with: SITE_URL and the base path the site was built with. */
const siteOrigin = `${(process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '')}${process.env.BASE_PATH ?? ''}`;
const ogLocale: Record<Locale, string> = { da: 'da_DK', sv: 'sv_SE', nb: 'nb_NO' };

interface Vocabulary {
  purpose: Record<string, { short: string }>;
  data: Record<string, { short: string }>;
}
const m = (locale: Locale) =>
  messages(locale) as unknown as {
    Site: { name: string; tagline: string };
    Vocabulary: Vocabulary;
    Glossary: { intro: string };
  };
const organisations = ['region-hovedstaden', 'region-halland', 'lillehammer-kommune', 'danish-municipalities'];
const organisation = (id: string) =>
  parse(readFileSync(`content/organisations/${id}.yaml`, 'utf8')) as {
    name: Record<Locale, string>;
    description: Record<Locale, string>;
  };
const purposes = ['colleagues', 'case-conference', 'consultation', 'teaching', 'external', 'private'];
const dataClasses = ['none', 'personal', 'sensitive', 'classified'];

/** React escapes text and attributes with these; the tests compare what a reader sees. */
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

interface Head {
  title: string;
  description?: string;
  h1: string;
  /** og:* and twitter:* values; repeated ones (og:locale:alternate) in order. */
  meta: Record<string, string[]>;
  html: string;
}

async function head(request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const meta: Record<string, string[]> = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) (meta[key] ??= []).push(decode(content));
  }
  return {
    title: decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ''),
    description: meta.description?.[0],
    h1: decode(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''),
    meta,
    html,
  };
}

/** The preview every page must carry: og:* and twitter:*, consistent with its title and description. */
function expectPreview(page: Head, path: string, locale: Locale, ogPath = path) {
  const one = (key: string) => page.meta[key]?.[0];
  const { name } = m(locale).Site;
  expect(page.description, `${path}: description`).toBeTruthy();
  expect(one('og:title'), `${path}: og:title`).toBeTruthy();
  expect(page.title, `${path}: <title> names the page, then the site`).toContain(one('og:title')!);
  expect(page.title, `${path}: <title> names the site`).toContain(name);
  expect(one('og:description'), `${path}: og:description`).toBe(page.description);
  expect(one('og:url'), `${path}: og:url`).toBe(`${siteOrigin}${ogPath}`);
  expect(one('og:site_name'), `${path}: og:site_name`).toBe(name);
  expect(one('og:type'), `${path}: og:type`).toBe('website');
  expect(one('og:locale'), `${path}: og:locale`).toBe(ogLocale[locale]);
  expect(page.meta['og:locale:alternate'], `${path}: og:locale:alternate`).toEqual(
    locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
  );
  expect(one('og:image'), `${path}: og:image`).toBe(`${siteOrigin}/${locale}/preview.png`);
  expect(one('og:image:width')).toBe('1200');
  expect(one('og:image:height')).toBe('630');
  expect(one('og:image:alt'), `${path}: og:image:alt`).toContain(name);
  expect(one('twitter:card'), `${path}: twitter:card`).toBe('summary_large_image');
  expect(one('twitter:title'), `${path}: twitter:title`).toBe(one('og:title'));
  expect(one('twitter:description'), `${path}: twitter:description`).toBe(page.description);
  expect(one('twitter:image'), `${path}: twitter:image`).toBe(one('og:image'));
}

test('every page in the sitemap has a link preview in its language', async ({ request }) => {
  const paths = (await sitemapPaths(request)).filter((p) => localeOf(p));
  expect(paths.length).toBeGreaterThan(100);
  for (const path of paths) {
    const locale = localeOf(path)!;
    // A guideline shown in its original language (not translated yet) keeps its own page as og:url.
    expectPreview(await head(request, path), path, locale);
  }
});

test.describe('descriptions of their own', () => {
  for (const locale of locales) {
    test(`${locale}: home, glossary, organisations, guidelines, tools and matrices`, async ({ request }) => {
      const { Site, Glossary } = m(locale);
      const home = await head(request, `/${locale}/`);
      expect(home.title).toBe(Site.name);
      expect(home.description).toBe(Site.tagline);

      expect((await head(request, `/${locale}/glossary/`)).description).toBe(Glossary.intro);

      for (const id of organisations) {
        const org = organisation(id);
        const page = await head(request, `/${locale}/organisations/${id}/`);
        expect(page.description, id).toBe(org.description[locale]);
        expect(page.meta['og:title']?.[0]).toBe(org.name[locale]);
      }

      // A guideline: its summary (the paragraph under its heading), not the site's tagline.
      const guideline = await head(request, `/${locale}/guidelines/lillehammer-kommune/video-meetings/`);
      expect(guideline.description).not.toBe(Site.tagline);
      expect(decode(guideline.html)).toContain(guideline.description);
      expect(guideline.meta['og:title']?.[0]).toBe(guideline.h1);

      // A tool: its verdicts by organisation.
      const teams = await head(request, `/${locale}/tools/teams/`);
      for (const id of organisations)
        expect(teams.description, `teams: ${id}`).toContain(organisation(id).name[locale]);
      const zoom = await head(request, `/${locale}/tools/zoom/`);
      expect(zoom.description).not.toBe(teams.description);

      // A situation's matrix: each organisation with what it says there.
      const matrix = await head(request, `/${locale}/tools/matrix/consultation/sensitive/`);
      for (const id of organisations)
        expect(matrix.description, `matrix: ${id}`).toContain(organisation(id).name[locale]);
      const other = await head(request, `/${locale}/tools/matrix/colleagues/none/`);
      expect(other.description).not.toBe(matrix.description);
    });
  }
});

test.describe('outcomes', () => {
  for (const locale of locales) {
    test(`${locale}: all 96 are titled by their situation and described by their summary`, async ({ request }) => {
      const { Vocabulary } = m(locale);
      for (const org of organisations)
        for (const purpose of purposes)
          for (const data of dataClasses) {
            const path = `/${locale}/wizard/${org}/${purpose}/${data}/`;
            const page = await head(request, path);
            const situation = [
              organisation(org).name[locale],
              Vocabulary.purpose[purpose]!.short,
              Vocabulary.data[data]!.short,
            ].join(' · ');
            expect(page.h1, `${path}: h1`).toBe(situation);
            expect(page.meta['og:title']?.[0], `${path}: og:title`).toBe(situation);
            const summary = [
              ...(/data-summary[^>]*>([\s\S]*?)<\/section>/.exec(page.html)?.[1] ?? '').matchAll(
                /<li\b[^>]*>([\s\S]*?)<\/li>/g,
              ),
            ].map((li) => decode(li[1]!));
            expect(summary.length, `${path}: summary sentences`).toBeGreaterThan(0);
            expect(page.description, `${path}: description`).toBe(summary.join(' '));
            expectPreview(page, path, locale);
            // "Copy link": the page's own address, in a field to select without JavaScript.
            const field = /<input\b[^>]*data-copy-link-url[^>]*>/.exec(page.html)?.[0] ?? '';
            expect(/\bvalue="([^"]*)"/.exec(field)?.[1], `${path}: copy-link field`).toBe(`${siteOrigin}${path}`);
            expect(field).toMatch(/\breadOnly=""|\breadonly=""/i);
          }
    });
  }

  test('the 288 outcome titles are all different', async ({ request }) => {
    const titles = new Set<string>();
    for (const locale of locales)
      for (const org of organisations)
        for (const purpose of purposes)
          for (const data of dataClasses)
            titles.add((await head(request, `/${locale}/wizard/${org}/${purpose}/${data}/`)).title);
    expect(titles.size).toBe(288);
  });
});

test('question and embed pages carry a preview too (an embed points at the portal page it copies)', async ({
  request,
}) => {
  for (const locale of locales) {
    expectPreview(
      await head(request, `/${locale}/wizard/region-halland/teaching/`),
      `/${locale}/wizard/region-halland/teaching/`,
      locale,
    );
    expectPreview(await head(request, `/${locale}/embed/`), `/${locale}/embed/`, locale);
    expectPreview(
      await head(request, `/${locale}/embed/wizard/`),
      `/${locale}/embed/wizard/`,
      locale,
      `/${locale}/wizard/`,
    );
  }
});

test('each language has its own preview image: a 1200×630 PNG built with the site', async ({ request }) => {
  const images = new Set<string>();
  for (const locale of locales) {
    const response = await request.get(`/${locale}/preview.png`);
    expect(response.status(), locale).toBe(200);
    expect(response.headers()['content-type'], locale).toMatch(/^image\/png/);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('ascii'), `${locale}: PNG signature`).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${locale}: width and height`).toEqual([1200, 630]);
    images.add(png.toString('base64'));
  }
  expect(images.size, 'one image per language').toBe(locales.length);
});
