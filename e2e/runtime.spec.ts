import { test, expect, type Page } from '@playwright/test';
import { checklistGuidelinePath } from './support';

// Pages ship no React runtime (scripts/strip-runtime.mjs) except the search page, the one React
// island. What a reader gets instead is public/site.js: it must load, run without errors and leave
// Next's chunks unrequested.
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

test('the search page keeps its React island and searches', async ({ page }) => {
  const { scripts, errors } = await scriptsOf(page, '/da/search/?q=optagelse');
  expect(scripts.filter((s) => s.startsWith('/_next/static/chunks/')).length).toBeGreaterThan(0);
  expect(scripts).toContain('/site.js');
  await expect(page.locator('[data-result-url]').first()).toBeVisible();
  expect(errors).toEqual([]);
});
