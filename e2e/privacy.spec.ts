import { test, expect } from '@playwright/test';
import { builtSitemapPaths, localeOf, locales } from './support';

// The portal promises that nothing leaves the intranet and nothing is stored about the visitor:
// no request to another host (fonts, analytics, CDNs) and no cookies. One test per page (every Danish
// page of the sitemap, the root and the other homes), so each stays short on a busy machine.
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

const paths = [
  '/',
  ...builtSitemapPaths().filter((p) => localeOf(p) === 'da'),
  ...locales.filter((l) => l !== 'da').map((l) => `/${l}/`),
];

for (const path of paths) {
  test(`${path} requests nothing from other hosts and sets no cookies`, async ({ context, page }) => {
    const foreign: string[] = [];
    const check = (url: string) => {
      const { protocol, hostname } = new URL(url);
      if (['data:', 'blob:', 'about:'].includes(protocol)) return;
      if (!localHosts.has(hostname)) foreign.push(url);
    };
    context.on('request', (r) => check(r.url()));
    page.on('websocket', (ws) => check(ws.url()));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign, `requests to other hosts from ${path}:\n${foreign.join('\n')}`).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
