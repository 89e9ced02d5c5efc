import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { locales, messages, sitemapPaths, type Locale } from './support';
import { loadPolicies } from '../lib/wizard/policies';
import { toolInOrganisation } from '../lib/wizard/matrix';
import { dataClassIds, purposeIds, toolIds, verdictIds } from '../lib/vocabulary';
import { organisationIds, forOrganisation } from '../lib/organisations';

// The tool matrices (shared/design/vocabulary.md › Test hooks on the tool matrices) must agree with
// the wizard: a situation matrix cell is the verdict of the wizard outcome page for that organisation
// and situation, and an overview cell counts the verdicts of the organisation's 24 outcome pages.
// The comparisons read the built HTML in out/ (the pages are static), which is far faster than
// navigating hundreds of pages; the browser tests cover what a person does with them.

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const situations = purposeIds.flatMap((purpose) => dataClassIds.map((data) => ({ purpose, data })));
const verdictCountAttributes = verdictIds.map((v) => `data-${v}`);

type Messages = {
  Tools: { matrixTitle: string; countsIn: Record<string, string> };
  Vocabulary: {
    purpose: Record<string, { label: string }>;
    data: Record<string, { label: string }>;
    verdict: Record<string, string>;
  };
};
const m = (locale: Locale) => messages(locale) as unknown as Messages;

/** The attributes of every start tag in a built page that carries `attribute` (scripts left out). */
function elementsWith(path: string, attribute: string): Record<string, string>[] {
  const html = readFileSync(`out${path}index.html`, 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
  const found: Record<string, string>[] = [];
  for (const tag of html.matchAll(/<[a-zA-Z][\w-]*((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes = Object.fromEntries(
      [...tag[1]!.matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? '']),
    );
    if (attribute in attributes) found.push(attributes);
  }
  return found;
}

/** tool → verdict on a built wizard outcome page. */
function outcomeVerdicts(locale: Locale, org: string, purpose: string, data: string): Record<string, string> {
  const items = elementsWith(`/${locale}/wizard/${org}/${purpose}/${data}/`, 'data-tool').filter(
    (a) => 'data-verdict' in a,
  );
  return Object.fromEntries(items.map((a) => [a['data-tool']!, a['data-verdict']!]));
}

test.describe('agreement with the wizard outcome pages (built HTML)', () => {
  for (const locale of locales) {
    test(`${locale}: every cell of all 24 situation matrices is the outcome page's verdict`, () => {
      for (const { purpose, data } of situations) {
        const where = `/${locale}/tools/matrix/${purpose}/${data}/`;
        const cells = elementsWith(where, 'data-verdict').filter((a) => 'data-tool' in a && 'data-org' in a);
        expect(cells.length, where).toBe(toolIds.length * organisationIds.length);
        expect(new Set(cells.map((c) => `${c['data-tool']}@${c['data-org']}`)).size, where).toBe(cells.length);
        for (const org of organisationIds) {
          const outcome = outcomeVerdicts(locale, org, purpose, data);
          expect(Object.keys(outcome).sort(), `tools on the outcome ${org}/${purpose}/${data}`).toEqual(
            [...toolIds].sort(),
          );
          for (const cell of cells.filter((c) => c['data-org'] === org))
            expect(cell['data-verdict'], `${where}: ${cell['data-tool']} at ${org}`).toBe(outcome[cell['data-tool']!]);
        }
      }
    });

    test(`${locale}: every overview cell counts the verdicts of the organisation's 24 outcome pages`, () => {
      const cells = elementsWith(`/${locale}/tools/`, 'data-not-allowed').filter(
        (a) => 'data-tool' in a && 'data-org' in a,
      );
      expect(cells.length).toBe(toolIds.length * organisationIds.length);
      for (const org of organisationIds) {
        const outcomes = situations.map(({ purpose, data }) => outcomeVerdicts(locale, org, purpose, data));
        for (const cell of cells.filter((c) => c['data-org'] === org)) {
          const tool = cell['data-tool']!;
          const label = `${tool} at ${org}`;
          const counts = Object.fromEntries(verdictCountAttributes.map((a) => [a, Number(cell[a])]));
          const expected = Object.fromEntries(
            verdictIds.map((v) => [`data-${v}`, outcomes.filter((o) => o[tool] === v).length]),
          );
          expect(counts, label).toEqual(expected);
          expect(
            Object.values(counts).reduce((a, b) => a + b, 0),
            label,
          ).toBe(24);
        }
      }
      const teams = cells.find((c) => c['data-tool'] === 'teams' && c['data-org'] === 'region-halland')!;
      expect(Number(teams['data-not-allowed']), 'teams at region-halland is forbidden somewhere').toBeGreaterThan(0);
      expect(teams).not.toHaveProperty('data-status');
    });
  }
});

test('every prefix of a situation matrix URL is a page, linking to the pages below it', async ({ request }) => {
  for (const locale of locales) {
    const linksIn = async (path: string) => {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      return [...(await res.text()).matchAll(/href="([^"]+)"/g)].map((h) => h[1]!);
    };
    for (const path of [`/${locale}/tools/`, `/${locale}/tools/matrix/`]) {
      const links = await linksIn(path);
      for (const { purpose, data } of situations)
        expect(links, `${path} links to ${purpose}/${data}`).toContain(`/${locale}/tools/matrix/${purpose}/${data}/`);
    }
    for (const purpose of purposeIds) {
      const path = `/${locale}/tools/matrix/${purpose}/`;
      const links = await linksIn(path);
      for (const data of dataClassIds) expect(links, path).toContain(`/${locale}/tools/matrix/${purpose}/${data}/`);
    }
    expect((await request.get(`/${locale}/tools/matrix/nonsense/`)).status()).toBe(404);
  }
});

test('the sitemap lists the matrix index, the purpose pages and the situation matrices', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const locale of locales) {
    expect(paths).toContain(`/${locale}/tools/matrix/`);
    for (const purpose of purposeIds) expect(paths).toContain(`/${locale}/tools/matrix/${purpose}/`);
    for (const { purpose, data } of situations) expect(paths).toContain(`/${locale}/tools/matrix/${purpose}/${data}/`);
  }
});

for (const locale of locales) {
  test(`${locale}: a situation matrix names its situation, links each cell to the outcome and marks itself in the grid`, async ({
    page,
  }) => {
    const { purpose, data } = { purpose: 'case-conference', data: 'classified' };
    const path = `/${locale}/tools/matrix/${purpose}/${data}/`;
    await page.goto(path);
    const vocabulary = m(locale).Vocabulary;
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText(vocabulary.purpose[purpose]!.label);
    await expect(h1).toContainText(vocabulary.data[data]!.label);
    await expect(page).toHaveTitle(
      new RegExp(vocabulary.purpose[purpose]!.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );

    const table = page.locator('table[data-situation-matrix]');
    await expect(table.locator('caption')).toContainText(vocabulary.data[data]!.label);
    const cells = await table.locator('td[data-tool]').evaluateAll((els) =>
      els.map((e) => ({
        org: e.getAttribute('data-org')!,
        verdict: e.getAttribute('data-verdict')!,
        href: e.querySelector('a')?.getAttribute('href'),
        text: e.textContent ?? '',
      })),
    );
    expect(cells.length).toBe(toolIds.length * 4);
    for (const c of cells) {
      expect(c.href).toBe(`/${locale}/wizard/${c.org}/${purpose}/${data}/`);
      // The verdict in words, not by colour alone.
      expect(c.text).toContain(vocabulary.verdict[c.verdict]!);
    }
    await expect(
      page.locator('td[data-tool="teams"][data-org="region-halland"]'),
      'Teams is forbidden at Region Halland with security-classified information',
    ).toHaveAttribute('data-verdict', 'not-allowed');

    const grid = page.locator('[data-situation-grid]');
    await expect(grid.locator('a')).toHaveCount(24 + 6);
    await expect(grid.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(grid.locator('[aria-current="page"]')).toHaveAttribute('href', path);
  });
}

test('keyboard: Tab to a matrix cell, Enter opens the wizard outcome with the same verdict', async ({ page }) => {
  await page.goto('/sv/tools/matrix/consultation/sensitive/');
  const target = page.locator('td[data-tool="teams"][data-org="region-halland"] a');
  const verdict = await page.locator('td[data-tool="teams"][data-org="region-halland"]').getAttribute('data-verdict');
  let reached = false;
  for (let i = 0; i < 300 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'the cell link is reachable with Tab').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sv\/wizard\/region-halland\/consultation\/sensitive\/$/);
  await expect(page.locator('[data-tool="teams"][data-verdict]')).toHaveAttribute('data-verdict', verdict!);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the matrices show every verdict and their links work', async ({ page }) => {
    await page.goto('/nb/tools/matrix/');
    await page.locator('[data-situation="consultation/personal"]').first().click();
    await expect(page).toHaveURL(/\/nb\/tools\/matrix\/consultation\/personal\/$/);
    await expect(page.locator('td[data-tool][data-verdict]')).toHaveCount(toolIds.length * 4);
    const cell = page.locator('td[data-tool="confrere"][data-org="lillehammer-kommune"]');
    const verdict = await cell.getAttribute('data-verdict');
    await cell.locator('a').click();
    await expect(page).toHaveURL(/\/nb\/wizard\/lillehammer-kommune\/consultation\/personal\/$/);
    await expect(page.locator('[data-tool="confrere"][data-verdict]')).toHaveAttribute('data-verdict', verdict!);
  });
});

for (const locale of locales) {
  test(`${locale}: the overview shows a prohibition prominently, in words, wherever there is one`, async ({ page }) => {
    await page.goto(`/${locale}/tools/`);
    const forbidden = m(locale).Vocabulary.verdict['not-allowed']!;
    const prohibitedCells = page.locator('[data-matrix] td[data-tool]:not([data-not-allowed="0"])');
    const count = await prohibitedCells.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const cell = prohibitedCells.nth(i);
      const n = await cell.getAttribute('data-not-allowed');
      const mark = cell.locator('[data-prohibited]');
      await expect(mark).toBeVisible();
      await expect(mark).toContainText(new RegExp(`${forbidden}.*\\b${n}\\b`, 'i'));
      // Read out as well, first: "<not allowed> in n situations, …"
      await expect(cell.locator('.sr-only')).toContainText(new RegExp(`^${forbidden}\\D*${n}\\b`, 'i'));
    }
    await expect(page.locator('[data-matrix] td[data-not-allowed="0"] [data-prohibited]')).toHaveCount(0);
    const teams = page.locator('[data-matrix] td[data-tool="teams"][data-org="region-halland"]');
    await expect(teams.locator('[data-prohibited]')).toBeVisible();
    await expect(teams.locator('a')).toHaveAttribute('href', `/${locale}/tools/teams/#region-halland`);
    const whatsapp = page.locator('[data-matrix] td[data-tool="whatsapp"][data-org="danish-municipalities"]');
    await expect(whatsapp.locator('[data-prohibited]')).toBeVisible();
  });
}

test('a tool page exists for every tool in every locale, with a section per organisation', async ({ request }) => {
  const policies = loadPolicies();
  const tools = readdirSync('content/tools').map((f) => f.replace(/\.yaml$/, ''));
  expect(tools.sort()).toEqual([...toolIds].sort());
  for (const locale of locales)
    for (const tool of tools) {
      const res = await request.get(`/${locale}/tools/${tool}/`);
      expect(res.status(), `/${locale}/tools/${tool}/`).toBe(200);
      const html = await res.text();
      for (const org of organisationIds) expect(html).toContain(`id="${org}"`);
      // Per organisation, the counts of its 24 situations (never one "overall" verdict that hides a prohibition).
      const counts = toolInOrganisation(forOrganisation(policies, 'region-halland'), tool as 'teams').counts;
      expect(html).toContain(
        `data-org-section="region-halland" data-recommended="${counts.recommended}" data-allowed="${counts.allowed}" data-conditional="${counts.conditional}" data-not-allowed="${counts['not-allowed']}" data-not-assessed="${counts['not-assessed']}"`,
      );
    }
});

/**
 * The overview, the matrices and tool pages under axe at two widths: one test per page, so that each
 * stays short on a busy machine and a failure names its page.
 */
const axeAt = [
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
].flatMap((viewport) =>
  (viewport.width > 1000
    ? [
        '/da/tools/',
        ...locales.flatMap((l) => [`/${l}/tools/matrix/`, `/${l}/tools/matrix/external/sensitive/`]),
        '/sv/tools/matrix/teaching/',
        '/sv/tools/zoom/',
        '/nb/tools/teams/',
      ]
    : ['/nb/tools/', '/da/tools/matrix/', '/sv/tools/matrix/colleagues/', '/da/tools/matrix/consultation/none/']
  ).map((path) => ({ viewport, path })),
);

for (const { viewport, path } of axeAt) {
  test(`${path} has no axe violations at ${viewport.width}px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${path} – ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}

test.describe('on a narrow screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the overview reads as a list per organisation, with the prohibitions', async ({ page }) => {
    await page.goto('/da/tools/');
    await expect(page.locator('[data-matrix]')).toBeHidden();
    await expect(page.locator('[data-matrix-list]')).toBeVisible();
    const inTable = await page.locator('[data-matrix] td:not([data-not-allowed="0"])').count();
    await expect(page.locator('[data-matrix-list] [data-prohibited]')).toHaveCount(inTable);
    await expect(page.locator('[data-matrix-list] [data-prohibited]').first()).toBeVisible();
  });

  test('a situation matrix scrolls inside a labelled, focusable region, not the page', async ({ page }) => {
    await page.goto('/da/tools/matrix/consultation/sensitive/');
    const region = page.getByRole('region', { name: /./ }).filter({ has: page.locator('[data-situation-matrix]') });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expect(page.locator('td[data-tool="minsp"][data-org="region-hovedstaden"]')).toBeAttached();
  });
});
