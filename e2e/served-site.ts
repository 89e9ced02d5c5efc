import { test, expect, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { headersFor } from '../deploy/security-headers.mjs';

// The checks a production host must pass, shared by the projects that serve out/ as production
// does: `secure-headers` (scripts/serve.mjs) and `nginx` (a real nginx with deploy/nginx.mjs's
// configuration). Each project names, in its metadata, the port of a stand-in intranet allowed to
// frame the embed (EMBED_ORIGINS of its server).

declare global {
  interface Window {
    __csp: string[];
    __planted?: boolean;
  }
}

/** One page of every kind the site has. */
export const PAGES_OF_EVERY_KIND = [
  '/da/', // home
  '/sv/guidelines/region-halland/video-conferencing-routine/', // guideline
  '/nb/guidelines/lillehammer-kommune/video-meetings/', // guideline with a checklist
  '/da/tools/',
  '/sv/tools/zoom/', // tool
  '/nb/glossary/',
  '/da/organisations/region-hovedstaden/decision-table/', // matrix
  '/da/wizard/',
  '/sv/wizard/region-halland/case-conference/', // wizard question
  '/nb/wizard/lillehammer-kommune/consultation/sensitive/?needs=chat', // outcome
  '/sv/embed/wizard/', // embed
  '/da/this-page-does-not-exist/', // the 404 page
];

/** Collects the Content-Security-Policy violations of every document the page loads. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
}

const intranetPort = () => Number(test.info().project.metadata.intranetPort);

export function servedSiteTests() {
  test.beforeEach(async ({ page }) => watchViolations(page));

  test('no page of any kind breaks the Content-Security-Policy', async ({ page }) => {
    for (const path of PAGES_OF_EVERY_KIND) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => window.__csp), path).toEqual([]);
      // The page's own policy is in place, and the only one in the page.
      const policies = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .evaluateAll((m) => m.map((e) => e.getAttribute('content') ?? ''));
      expect(policies, path).toHaveLength(1);
      expect(policies[0], path).not.toContain('unsafe-inline');
    }
  });

  test('search (search.js, WebAssembly) and the language redirect work under the policy', async ({ page, baseURL }) => {
    await page.goto('/da/search/?q=Teams');
    // The search's own "done" state, waited for as e2e/search.spec.ts does (Pagefind's WebAssembly
    // start can take seconds on a busy machine); not a speed check.
    await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done', { timeout: 30_000 });
    await expect(page.locator('[data-result-url]').first()).toBeVisible();
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    await page.goto('/');
    await page.waitForURL(`${baseURL}/da/`);
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
  });

  test('the root page picks the visitor language with its hashed inline script', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await watchViolations(page);
    await page.goto(`${baseURL}/`);
    // Without its script the page would follow its meta refresh to /da/.
    await page.waitForURL(`${baseURL}/sv/`);
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    await context.close();
  });

  test('a script planted in a page, or an inline script changed after the build, does not run', async ({ page }) => {
    await page.route('**/da/tools/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</body>', '<script>window.__planted = true</script></body>');
      await route.fulfill({ response, body });
    });
    await page.goto('/da/tools/');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.__planted)).toBeUndefined();
    expect(await page.evaluate(() => window.__csp)).toContainEqual(expect.stringMatching(/^script-src-elem inline/));

    // The root page's inline script is allowed by hash: one changed by a character is not. (Its meta
    // refresh is taken out so the page stays to be looked at.)
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const html = await response.text();
        const body = html
          .replace(/(<script data-site-script="">)([\s\S]*?)<\/script>/, '$1window.__planted = true;$2</script>')
          .replace(/<meta http-equiv="refresh"[^>]*>/, '');
        expect(body).not.toBe(html);
        await route.fulfill({ response, body });
      },
    );
    await page.goto('/');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => window.__planted)).toBeUndefined();
    expect(await page.evaluate(() => window.__csp)).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  });

  test('headers: exactly those of deploy/security-headers.mjs, framing closed except for the embed', async ({
    request,
  }) => {
    const env = { EMBED_ORIGINS: `http://127.0.0.1:${intranetPort()}` };
    for (const path of [
      '/da/wizard/',
      '/da/embed/wizard/',
      '/pagefind/pagefind.js',
      '/site.js',
      '/data/v1/index.json',
    ]) {
      const headers = (await request.get(path)).headers();
      for (const [name, value] of Object.entries(headersFor(path, env))) {
        expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
      }
    }
    const embed = (await request.get('/da/embed/wizard/')).headers();
    expect(embed['x-frame-options']).toBeUndefined();
    expect(embed['content-security-policy']).toContain(`frame-ancestors 'self' http://127.0.0.1:${intranetPort()}`);
    expect((await request.get('/da/wizard/')).headers()['permissions-policy']).toContain('camera=()');
  });

  test('trailing slashes, the 404 page and caching', async ({ request }) => {
    const bare = await request.get('/da/tools', { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(new URL(bare.headers()['location']!, 'http://x').pathname).toBe('/da/tools/');
    const missing = await request.get('/da/nope/');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('http-equiv="Content-Security-Policy"');
    expect(missing.headers()['x-frame-options']).toBe('DENY');
    const html = await (await request.get('/da/')).text();
    const asset = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    expect(asset).toBeTruthy();
    expect((await request.get(asset!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('/da/')).headers()['cache-control']).toBe('no-cache');
  });

  test('the open data is JSON that a page on another origin may read; the pages are not', async ({
    page,
    request,
    baseURL,
  }) => {
    const data = await request.get('/data/v1/region-halland.json');
    expect(data.headers()['content-type']).toMatch(/^application\/json/);
    expect((await data.json()).kind).toBe('organisation');
    // A page on another origin: any free port (the header is `*`), not the embed test's intranet port.
    const other = createServer((_, res) =>
      res.setHeader('content-type', 'text/html').end('<!doctype html><title>intranet widget</title>'),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      // A cross-origin fetch without Access-Control-Allow-Origin rejects: "blocked", not a status.
      const read = (url: string) =>
        page.evaluate(
          (u) =>
            fetch(u).then(
              (r) => r.json().then((j: { kind: string }) => `${r.status} ${j.kind}`),
              () => 'blocked',
            ),
          url,
        );
      expect(await read(`${baseURL}/data/v1/index.json`)).toBe('200 index');
      expect(await read(`${baseURL}/da/`)).toBe('blocked');
    } finally {
      other.close();
    }
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
    await new Promise<void>((resolve) => intranet.listen(intranetPort(), '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${intranetPort()}/`);
      await expect(page.frameLocator('#embed').locator('[data-choice="region-halland"]')).toBeVisible();
      await expect(page.frameLocator('#page').locator('[data-choice]')).toHaveCount(0);
    } finally {
      intranet.close();
    }
  });

  test('the Atom feeds are served as XML in UTF-8, with the security headers', async ({ request }) => {
    for (const path of ['/da/feed.xml', '/sv/organisations/region-halland/feed.xml']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/^(application|text)\/(atom\+)?xml/);
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
      expect(await response.text(), path).toMatch(
        /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
      );
    }
  });
}
