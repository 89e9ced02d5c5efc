import { test, expect } from '@playwright/test';
import { assertClean, axeViolations, violationsHere } from './axe';
import { decide } from '../lib/wizard/engine';
import { loadPolicies } from '../lib/wizard/policies';
import { forOrganisation } from '../lib/organisations';

// The organisation picker, the organisations index and the situation matrix with 100 organisations:
// a build made by `npm run test:scale` (the real four plus 96 synthetic copies of them, 25 per
// country and kind: scripts/bench/synthetic-organisations.mjs), served on its own port.
test.skip(!process.env.E2E_SCALE_SITE, 'no build with 100 organisations: run `npm run test:scale`');

const TOTAL = 100;
const choices = '[data-wizard-question] [data-choice]';

test('the first question groups 100 organisations by country, then kind', async ({ page }) => {
  await page.goto('/da/wizard/');
  await expect(page.locator(choices)).toHaveCount(TOTAL);
  const countries = page.locator('[data-organisation-groups] > div[data-country]');
  await expect(countries.locator('> h2')).toHaveText(['Danmark', 'Sverige', 'Norge']);
  await expect(page.locator('div[data-country="DK"] div[data-kind] > h3')).toHaveText(['Regioner', 'Kommuner']);
  // Every organisation sits under its own country and kind.
  await expect(page.locator('div[data-country="SE"] [data-choice]')).toHaveCount(25);
  await expect(page.locator('div[data-country="DK"] div[data-kind="municipality"] [data-choice]')).toHaveCount(25);
  await expect(page.locator('div[data-country="SE"] [data-choice="region-halland"]')).toHaveCount(1);
});

test('the filter narrows the list and says how many are shown; clearing it shows all again', async ({ page }) => {
  await page.goto('/da/wizard/');
  const field = page.getByLabel('Find din organisation');
  await expect(field).toBeVisible();
  // What is shown (and read out) of the status: the count, or the "no match" sentence.
  const status = page.locator('[data-list-filter-status] > :visible');
  await expect(status).toHaveText(`Viser ${TOTAL} af ${TOTAL} organisationer.`);
  await field.fill('sverige');
  await expect(page.locator(`${choices}:visible`)).toHaveCount(25);
  await expect(status).toHaveText(`Viser 25 af ${TOTAL} organisationer.`);
  await expect(page.locator('div[data-country="DK"]')).toBeHidden();
  // Accents and case do not matter; every word must match.
  await field.fill('REGION 0');
  const regions = await page.locator(`${choices}:visible`).allTextContents();
  expect(regions.length).toBeGreaterThan(0);
  expect(regions.every((t) => /Region 0/.test(t))).toBe(true);
  await field.fill('ingen-organisation-hedder-sådan');
  await expect(page.locator(`${choices}:visible`)).toHaveCount(0);
  await expect(status).toContainText('Ingen organisation passer');
  await field.fill('');
  await expect(page.locator(`${choices}:visible`)).toHaveCount(TOTAL);
});

test('by keyboard: type, Tab to the first match, Enter; or Enter on the only match', async ({ page }) => {
  await page.goto('/sv/wizard/');
  const field = page.getByLabel('Hitta din organisation');
  await field.focus();
  await page.keyboard.type('norge');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-choice', /.+/);
  const id = await focused.getAttribute('data-choice');
  await expect(page.locator(`div[data-country="NO"] [data-choice="${id}"]`)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sv/wizard/${id}/$`));

  await page.goto('/sv/wizard/');
  await page.getByLabel('Hitta din organisation').focus();
  await page.keyboard.type('halland');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sv\/wizard\/region-halland\/$/);
});

test('without JavaScript: the whole grouped list, and no filter field that does nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nb/wizard/');
  await expect(page.locator(`${choices}:visible`)).toHaveCount(TOTAL);
  await expect(page.locator('[data-list-filter-field]')).toBeHidden();
  await context.close();
});

test('the organisations index is grouped and filterable too', async ({ page }) => {
  await page.goto('/da/organisations/');
  await expect(page.locator('[data-filter-item]')).toHaveCount(TOTAL);
  await page.getByLabel('Find din organisation').fill('norge');
  await expect(page.locator('[data-filter-item]:visible')).toHaveCount(25);
});

test('the situation matrix turns: one row per organisation, grouped, with the wizard’s verdicts', async ({ page }) => {
  await page.goto('/da/tools/matrix/consultation/sensitive/');
  const table = page.locator('[data-situation-matrix]');
  await expect(table).toHaveAttribute('data-orientation', 'organisations-as-rows');
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(TOTAL);
  const expected = decide(forOrganisation(loadPolicies(), 'region-halland'), {
    organisation: 'region-halland',
    purpose: 'consultation',
    data: 'sensitive',
  });
  for (const d of expected.tools.slice(0, 5))
    await expect(table.locator(`td[data-org="region-halland"][data-tool="${d.subject}"]`)).toHaveAttribute(
      'data-verdict',
      d.verdict,
    );
});

for (const path of ['/da/wizard/', '/sv/', '/nb/organisations/', '/sv/embed/wizard/'])
  test(`axe at 100 organisations: ${path}`, async ({ page }) => {
    assertClean(await axeViolations(page, path), path);
  });

// The turned matrix has 100 rows of 46 cells: axe on all of it took 45–60 s here, so it is checked
// in parts, one test each: the page around the rows, then each country-and-kind group of rows.
const matrix = '/da/tools/matrix/consultation/sensitive/';
test(`axe at 100 organisations: ${matrix}, all but the rows`, async ({ page }) => {
  await page.goto(matrix);
  const label = `${matrix} (without the rows)`;
  assertClean(await violationsHere(page, label, { exclude: 'table tbody' }), label);
});
for (const group of [1, 2, 3, 4])
  test(`axe at 100 organisations: ${matrix}, rows of group ${group}`, async ({ page }) => {
    await page.goto(matrix);
    const rows = `table tbody:nth-of-type(${group})`;
    await expect(page.locator(rows).locator('td[data-org]').first()).toBeVisible();
    const label = `${matrix} (${rows})`;
    assertClean(await violationsHere(page, label, { include: rows }), label);
  });

test('axe with the list filtered', async ({ page }) => {
  await page.goto('/da/wizard/');
  await page.getByLabel('Find din organisation').fill('kommune');
  await expect(page.locator('[data-list-filter-status]')).toContainText('Viser');
  const label = '/da/wizard/ (filtered)';
  assertClean(await violationsHere(page, label), label);
});

test('the search filter lists 100 organisations by country and kind', async ({ page }) => {
  await page.goto('/da/search/');
  const select = page.locator('select[data-filter="organisation"]');
  await expect(select.locator('optgroup')).toHaveCount(4);
  await expect(select.locator('option:not([value=""])')).toHaveCount(TOTAL);
  await expect(select.locator('optgroup').first()).toHaveAttribute('label', 'Danmark – Regioner');
  await expect(select.locator('optgroup[label="Sverige – Regioner"] option')).toHaveCount(25);
});
