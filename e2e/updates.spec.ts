import { test, expect } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';

// Change notes on the built site: published / last updated under the title, the section #updates,
// the feeds linked with <link rel="alternate"> and in the section, and the feeds themselves (Atom,
// parsed by a feed reader's library). Axe runs on these pages in e2e/a11y.spec.ts (every page).

const feedLinks = (page: import('@playwright/test').Page) =>
  page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href') ?? '').pathname));

test('an organisation page shows published, its notes newest first and links both feeds', async ({ page }) => {
  await page.goto('/sv/organisations/region-halland/');
  const summary = page.locator('[data-updates-summary]');
  await expect(summary).toContainText('Publicerad på portalen: 24 november 2026');
  await summary.getByRole('link', { name: 'Se alla ändringar' }).click();
  await expect(page).toHaveURL(/#updates$/);
  const updates = page.locator('section#updates');
  await expect(updates.getByRole('heading', { level: 2, name: 'Ändringar' })).toBeVisible();
  await expect(updates.locator('li[data-update]').first()).toHaveAttribute('id', 'update-1');
  await expect(updates.locator('li#update-1')).toContainText('Först publicerad på portalen.');
  expect(await feedLinks(page)).toEqual(['/sv/organisations/region-halland/feed.xml', '/sv/feed.xml']);
  await expect(updates.locator('a[data-feed-link]')).toHaveAttribute(
    'href',
    '/sv/organisations/region-halland/feed.xml',
  );
});

test('a guideline page shows published, #updates, and links its organisation feed', async ({ page }) => {
  await page.goto('/nb/guidelines/lillehammer-kommune/video-meetings/');
  await expect(page.locator('[data-updates-summary]')).toContainText('Publisert på portalen: 24. november 2026');
  await expect(page.locator('section#updates li#update-1')).toContainText('Først publisert på portalen.');
  expect(await feedLinks(page)).toEqual(['/nb/organisations/lillehammer-kommune/feed.xml', '/nb/feed.xml']);
});

test('every other page links the site feed', async ({ page }) => {
  await page.goto('/da/tools/');
  expect(await feedLinks(page)).toEqual(['/da/feed.xml']);
});

test('the feeds are Atom with one entry per change note, linking to the note on its page', async ({ request }) => {
  const site = await request.get('/da/feed.xml');
  expect(site.status()).toBe(200);
  expect(site.headers()['content-type']).toMatch(/xml/);
  const all = parseFeed(await site.text());
  // 4 policies and 9 guidelines, each with its first note.
  expect(all.items).toHaveLength(13);
  const paths = all.items.map((i) => new URL(i.url ?? '').pathname + new URL(i.url ?? '').hash);
  expect(paths).toContain('/da/organisations/region-hovedstaden/#update-1');
  expect(paths).toContain('/da/guidelines/region-hovedstaden/zoom-memo/#update-1');
  expect(new Set(all.items.map((i) => i.id)).size).toBe(13);

  const org = parseFeed(await (await request.get('/da/organisations/danish-municipalities/feed.xml')).text());
  expect(org.title).toContain('KL');
  // The policy and its five guidelines.
  expect(org.items).toHaveLength(6);
});
