import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';

// Runs in the secure-headers project (playwright.config.ts): out/ served by scripts/serve.mjs with
// exactly the headers of docs/deploy.md, and http://127.0.0.1:3101 allowed to frame the embed.
declare global {
  interface Window {
    __csp: string[];
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

const pages = [
  '/da/',
  '/sv/guidelines/region-halland/video-conferencing-routine/',
  '/nb/guidelines/lillehammer-kommune/video-meetings/',
  '/da/wizard/',
  '/sv/wizard/region-halland/case-conference/sensitive/needs/',
  '/nb/wizard/lillehammer-kommune/consultation/sensitive/?needs=chat',
  '/da/tools/',
  '/sv/tools/zoom/',
  '/nb/glossary/',
  '/da/organisations/region-hovedstaden/decision-table/',
  '/sv/embed/wizard/',
];

test('no page breaks the Content-Security-Policy', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => window.__csp), path).toEqual([]);
  }
});

test('search (WebAssembly) and the language redirect work under the policy', async ({ page, baseURL }) => {
  await page.goto('/da/search/?q=Teams');
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('[data-result-url]').first()).toBeVisible();
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  await page.goto('/');
  await page.waitForURL(`${baseURL}/da/`);
});

test('headers: nosniff, referrer policy, and framing closed except for the embed', async ({ request }) => {
  const normal = (await request.get('/da/wizard/')).headers();
  expect(normal['x-content-type-options']).toBe('nosniff');
  expect(normal['referrer-policy']).toBe('same-origin');
  expect(normal['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(normal['x-frame-options']).toBe('DENY');
  const embed = (await request.get('/da/embed/wizard/')).headers();
  expect(embed['content-security-policy']).toContain("frame-ancestors 'self' http://127.0.0.1:3101");
  expect(embed['x-frame-options']).toBeUndefined();
  expect((await request.get('/da/nope/')).status()).toBe(404);
});

test('an allowed intranet origin can frame the embed but not the rest of the site', async ({ page, baseURL }) => {
  // A stand-in intranet page on another origin (a real loopback server: Chromium's local-network
  // checks block intercepted pages from framing localhost).
  const intranet = createServer((_, res) => {
    res.setHeader('content-type', 'text/html');
    res.end(
      `<!doctype html><title>intranet</title><iframe id="embed" src="${baseURL}/da/embed/wizard/"></iframe><iframe id="page" src="${baseURL}/da/wizard/"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => intranet.listen(3101, '127.0.0.1', resolve));
  try {
    await page.goto('http://127.0.0.1:3101/');
    await expect(page.frameLocator('#embed').locator('[data-choice="region-halland"]')).toBeVisible();
    await expect(page.frameLocator('#page').locator('[data-choice]')).toHaveCount(0);
  } finally {
    intranet.close();
  }
});
