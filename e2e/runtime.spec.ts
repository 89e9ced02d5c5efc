import { test, expect, type Page } from '@playwright/test';
import { checklistGuidelinePath } from './support';

// Pages ship no React runtime (scripts/strip-runtime.mjs). What a reader gets instead is
// public/site.js, and on the search page public/search.js with Pagefind: they must load, run without
// errors and leave Next's chunks unrequested.
async function scriptsOf(page: Page, path: string) {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return { scripts, errors };
}

const contentPages = [
  '/da/',
  `/sv/${checklistGuidelinePath}`,
  '/nb/tools/',
  '/da/wizard/region-hovedstaden/consultation/sensitive/?needs=chat',
  '/sv/embed/wizard/region-halland/',
];

for (const path of contentPages) {
  test(`${path} runs site.js only, without errors`, async ({ page }) => {
    const { scripts, errors } = await scriptsOf(page, path);
    expect(scripts).toEqual(['/site.js']);
    expect(errors).toEqual([]);
  });
}

test('the search page runs search.js and Pagefind, no React, and searches', async ({ page }) => {
  const { scripts, errors } = await scriptsOf(page, '/da/search/?q=optagelse');
  await expect(page.locator('[data-result-url]').first()).toBeVisible();
  expect(scripts.filter((s) => s.startsWith('/_next/'))).toEqual([]);
  expect(scripts).toContain('/site.js');
  expect(scripts).toContain('/search.js');
  expect(scripts).toContain('/pagefind/pagefind.js');
  expect(scripts.every((s) => s.startsWith('/pagefind/') || ['/site.js', '/search.js'].includes(s))).toBe(true);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(errors).toEqual([]);
});
