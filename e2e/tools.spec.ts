import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { locales } from './support';
import { loadPolicies } from '../lib/wizard/policies';
import { matrix } from '../lib/wizard/matrix';
import { toolIds } from '../lib/vocabulary';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const expected = matrix(loadPolicies(), toolIds);

for (const locale of locales) {
  test(`${locale}: every matrix cell shows the engine's status and links to the organisation's section`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/tools/`);
    const cells = await page.locator('[data-matrix] td[data-tool]').evaluateAll((els) =>
      els.map((e) => ({
        tool: e.getAttribute('data-tool')!,
        org: e.getAttribute('data-org')!,
        status: e.getAttribute('data-status')!,
        href: e.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(cells.length).toBe(toolIds.length * 4);
    for (const c of cells) {
      expect(c.status, `${c.tool} × ${c.org}`).toBe(
        expected[c.tool as keyof typeof expected][c.org as 'region-halland'],
      );
      expect(c.href).toBe(`/${locale}/tools/${c.tool}/#${c.org}`);
    }
  });
}

test('a tool page exists for every tool in every locale, with a section per organisation', async ({ request }) => {
  const tools = readdirSync('content/tools').map((f) => f.replace(/\.yaml$/, ''));
  expect(tools.sort()).toEqual([...toolIds].sort());
  for (const locale of locales)
    for (const tool of tools) {
      const res = await request.get(`/${locale}/tools/${tool}/`);
      expect(res.status(), `/${locale}/tools/${tool}/`).toBe(200);
      const html = await res.text();
      for (const org of ['region-hovedstaden', 'region-halland', 'lillehammer-kommune', 'danish-municipalities'])
        expect(html).toContain(`id="${org}"`);
      expect(html).toContain(`data-status="${expected[tool as 'teams']['region-halland']}"`);
    }
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 740 },
]) {
  test(`the matrix and a tool page have no axe violations at ${viewport.width}px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const found: string[] = [];
    for (const path of ['/da/tools/', '/sv/tools/zoom/', '/nb/tools/teams/']) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      found.push(...violations.map((v) => `${path} – ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    expect(found).toEqual([]);
  });
}

test('on a narrow screen the matrix reads as a list per organisation', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/da/tools/');
  await expect(page.locator('[data-matrix]')).toBeHidden();
  await expect(page.locator('[data-matrix-list]')).toBeVisible();
});
