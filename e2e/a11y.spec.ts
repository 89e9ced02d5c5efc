import { test, expect } from '@playwright/test';
import { assertClean, axeViolations } from './axe';
import { builtSitemapPaths, isGuidelinePath, localeOf, locales } from './support';

// Every page in the sitemap, in every language, against WCAG 2.2 AA (axe's rules for it), one test
// per page; and a page of every type at a phone's width.

/**
 * The 24 situation matrices per language share one template; e2e/tools.spec.ts runs axe on them in
 * every language at two widths, so the sweep leaves them out rather than spend minutes on copies.
 */
const situationMatrix = (p: string) => /^\/[a-z]{2}\/tools\/matrix\/[^/]+\/[^/]+\/$/.test(p);

/**
 * Every page of every language in the sitemap, one test each: a test stays short on a busy two-core
 * machine (axe needs seconds for a decision table) and a failure names its page. The list is read
 * from out/sitemap.xml, the file the test server serves, because tests are listed before it runs.
 */
const sitemap = builtSitemapPaths();
/** The embed pages are kept out of the sitemap (not for search engines) but are pages all the same. */
const embeds = locales.flatMap((l) => [`/${l}/embed/`, `/${l}/embed/wizard/`]);
const sweep = [...sitemap.filter((p) => localeOf(p) !== undefined && !situationMatrix(p)), ...embeds];

for (const path of sweep) {
  test(`axe ${path}`, async ({ page }) => {
    assertClean(await axeViolations(page, path), path);
  });
}

/** The kinds of page the sweep must reach in every language (a sitemap that lost one fails here). */
const kinds: { name: string; matches: (path: string) => boolean }[] = [
  { name: 'guidelines', matches: (p) => /^\/[a-z]{2}\/guidelines\//.test(p) },
  { name: 'wizard', matches: (p) => /^\/[a-z]{2}\/(wizard|embed)\//.test(p) },
  { name: 'tool pages', matches: (p) => /^\/[a-z]{2}\/tools\/(?!matrix\/)[^/]+\/$/.test(p) },
  { name: 'tool overview and matrix index', matches: (p) => /^\/[a-z]{2}\/tools\/(matrix\/([^/]+\/)?)?$/.test(p) },
  { name: 'decision tables', matches: (p) => /\/decision-table\/$/.test(p) },
  { name: 'organisations', matches: (p) => /^\/[a-z]{2}\/organisations\/([^/]+\/)?$/.test(p) },
];

const otherPages = { name: 'other pages', matches: (p: string) => !kinds.some((k) => k.matches(p)) };

test('the sweep covers every kind of page in every language', () => {
  for (const locale of locales)
    for (const kind of [...kinds, otherPages])
      expect(
        sweep.filter((p) => localeOf(p) === locale && kind.matches(p)).length,
        `sitemap pages for ${locale}, ${kind.name}`,
      ).toBeGreaterThan(0);
});

test.describe('at 375×740', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  const narrow = [
    // Home and a guideline page in every language.
    ...locales.flatMap((locale) => {
      const guideline = sitemap.find((p) => localeOf(p) === locale && isGuidelinePath(p));
      return [`/${locale}/`, ...(guideline ? [guideline] : [])];
    }),
    // One page of every other type.
    '/sv/guidelines/',
    '/nb/organisations/lillehammer-kommune/',
    '/da/organisations/region-hovedstaden/decision-table/',
    '/sv/glossary/',
    '/nb/wizard/',
    '/da/wizard/region-halland/external/',
    '/sv/wizard/region-halland/external/sensitive/',
    '/nb/wizard/lillehammer-kommune/teaching/personal/?needs=file-sharing',
    '/nb/tools/',
    '/sv/tools/matrix/',
    '/da/tools/matrix/consultation/',
    '/nb/tools/matrix/case-conference/sensitive/',
    '/da/search/?q=Teams',
    '/sv/accessibility/',
    '/nb/embed/wizard/region-halland/',
  ];

  test('every language has a guideline page to check', () => {
    for (const locale of locales)
      expect(
        sitemap.find((p) => localeOf(p) === locale && isGuidelinePath(p)),
        `a ${locale} guideline in the sitemap`,
      ).toBeTruthy();
  });

  for (const path of narrow) {
    test(`axe ${path}`, async ({ page }) => {
      assertClean(await axeViolations(page, path), path);
    });
  }
});
