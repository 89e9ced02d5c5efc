import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { isGuidelinePath, localeOf, locales, sitemapPaths } from './support';

// Every page in the sitemap, in every language, against WCAG 2.2 AA (axe's rules for it).
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on one page; returns one readable line block per violation (empty when clean). */
async function axeViolations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  if (!response || response.status() !== 200) return [`${path}: answered ${response?.status() ?? 'nothing'}`];
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  return violations.map((v) =>
    [
      `${path} – ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.map(
        (n) =>
          `  • ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
      ),
    ].join('\n'),
  );
}

function assertClean(found: string[], pages: number) {
  expect(found, `${found.length} axe violation(s) on ${pages} page(s):\n\n${found.join('\n\n')}\n`).toEqual([]);
}

/**
 * The sitemap's pages by kind, each kind in parts (every n-th page), so that every test stays short
 * on a busy two-core machine (axe needs seconds for a decision table) and a failure names the kind.
 */
const kinds: { name: string; matches: (path: string) => boolean; parts: number }[] = [
  { name: 'guidelines', matches: (p) => /^\/[a-z]{2}\/guidelines\//.test(p), parts: 2 },
  { name: 'wizard', matches: (p) => /^\/[a-z]{2}\/(wizard|embed)\//.test(p), parts: 1 },
  { name: 'tool pages', matches: (p) => /^\/[a-z]{2}\/tools\/(?!matrix\/)[^/]+\/$/.test(p), parts: 3 },
  {
    name: 'tool overview and matrix index',
    matches: (p) => /^\/[a-z]{2}\/tools\/(matrix\/([^/]+\/)?)?$/.test(p),
    parts: 1,
  },
  { name: 'decision tables', matches: (p) => /\/decision-table\/$/.test(p), parts: 4 },
  { name: 'organisations', matches: (p) => /^\/[a-z]{2}\/organisations\/([^/]+\/)?$/.test(p), parts: 1 },
];
const other = { name: 'other pages', matches: () => true, parts: 1 };
/**
 * The 24 situation matrices per language share one template; e2e/tools.spec.ts runs axe on them in
 * every language at two widths, so the sweep leaves them out rather than spend minutes on copies.
 */
const situationMatrix = (p: string) => /^\/[a-z]{2}\/tools\/matrix\/[^/]+\/[^/]+\/$/.test(p);
const kindOf = (path: string) => kinds.find((k) => k.matches(path)) ?? other;

for (const locale of locales) {
  for (const kind of [...kinds, other]) {
    for (let part = 0; part < kind.parts; part++) {
      const title = kind.parts > 1 ? `${kind.name}, part ${part + 1} of ${kind.parts}` : kind.name;
      test(`every ${locale} page in the sitemap (${title}) has no axe violations`, async ({ page, request }) => {
        const paths = (await sitemapPaths(request))
          .filter((p) => localeOf(p) === locale && !situationMatrix(p) && kindOf(p) === kind)
          .filter((_, i) => i % kind.parts === part);
        expect(paths.length, `sitemap pages for ${locale}, ${title}`).toBeGreaterThan(0);
        test.setTimeout(30_000 + paths.length * 15_000);
        const found: string[] = [];
        for (const path of paths) found.push(...(await axeViolations(page, path)));
        assertClean(found, paths.length);
      });
    }
  }
}

test.describe('at 375×740', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const locale of locales) {
    test(`${locale} home and a guideline page have no axe violations`, async ({ page, request }) => {
      const guideline = (await sitemapPaths(request)).find((p) => localeOf(p) === locale && isGuidelinePath(p));
      expect(guideline, `a ${locale} guideline in the sitemap`).toBeTruthy();
      const paths = [`/${locale}/`, guideline!];
      const found: string[] = [];
      for (const path of paths) found.push(...(await axeViolations(page, path)));
      assertClean(found, paths.length);
    });
  }

  test('one page of every other type has no axe violations', async ({ page }) => {
    const paths = [
      '/sv/guidelines/',
      '/nb/organisations/lillehammer-kommune/',
      '/da/organisations/region-hovedstaden/decision-table/',
      '/sv/glossary/',
      '/nb/wizard/',
      '/da/wizard/region-halland/external/',
      '/sv/wizard/region-halland/external/sensitive/needs/',
      '/nb/wizard/lillehammer-kommune/teaching/personal/?needs=file-sharing',
      '/nb/tools/',
      '/sv/tools/matrix/',
      '/da/tools/matrix/consultation/',
      '/nb/tools/matrix/case-conference/sensitive/',
      '/da/search/?q=Teams',
      '/sv/accessibility/',
      '/nb/embed/wizard/region-halland/',
    ];
    test.setTimeout(30_000 + paths.length * 10_000);
    const found: string[] = [];
    for (const path of paths) {
      found.push(...(await axeViolations(page, path)));
    }
    assertClean(found, paths.length);
  });
});
