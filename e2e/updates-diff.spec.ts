import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';

// The shipped policies have only their first note, so no built page has a verdict diff yet. This
// renders the section for a real narrowed rule (a temporary repository, as tests/history does)
// into the built organisation page, with the site's own CSS, and checks it with axe and the keyboard.
// (tsx renders it: Playwright's loader cannot import next/link.)
const narrowedSection = () =>
  execFileSync('npx', ['tsx', 'tests/helpers/render-narrowed-updates.ts'], { encoding: 'utf8' });

test('a note with changed verdicts is accessible on the organisation page', async ({ page }) => {
  const html = narrowedSection();
  await page.goto('/da/organisations/region-halland/');
  await page.locator('section#updates').evaluate((section, markup) => {
    section.outerHTML = markup;
  }, html);
  const table = page.locator('#update-2 table[data-verdict-diff]');
  await expect(table.locator('tbody tr')).toHaveCount(9);
  await expect(table.locator('tbody tr').first()).toContainText(/Microsoft Teams.*Tilladt → .?Ikke vurderet/);
  // The scrollable table is reachable by keyboard (it may overflow on a phone).
  await page.locator('#update-2 [role="region"]').focus();
  await expect(page.locator('#update-2 [role="region"]')).toBeFocused();
  const { violations } = await new AxeBuilder({ page })
    .include('section#updates')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
