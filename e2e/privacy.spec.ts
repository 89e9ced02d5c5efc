import { test, expect } from '@playwright/test';
import { localeOf, locales, sitemapPaths } from './support';

// The portal promises that nothing leaves the intranet and nothing is stored about the visitor:
// no request to another host (fonts, analytics, CDNs) and no cookies.
const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

test('pages request nothing from other hosts and set no cookies', async ({ context, page, request }) => {
  const foreign: string[] = [];
  const check = (url: string, from: string) => {
    const { protocol, hostname } = new URL(url);
    if (['data:', 'blob:', 'about:'].includes(protocol)) return;
    if (!localHosts.has(hostname)) foreign.push(`${url}   (while on ${from})`);
  };
  let current = '';
  context.on('request', (r) => check(r.url(), current));
  page.on('websocket', (ws) => check(ws.url(), current));

  const all = await sitemapPaths(request);
  const paths = [
    '/',
    ...all.filter((p) => localeOf(p) === 'da'),
    ...locales.filter((l) => l !== 'da').map((l) => `/${l}/`),
  ];
  test.setTimeout(30_000 + paths.length * 3_000);
  for (const path of paths) {
    current = path;
    await page.goto(path, { waitUntil: 'networkidle' });
  }

  expect(foreign, `requests to other hosts:\n${foreign.join('\n')}`).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
