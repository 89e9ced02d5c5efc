/**
 * Managers trim URLs: every prefix of every page of the built site answers with a page (200), through
 * the same server the other tests use. One test per language keeps each short on a busy machine.
 */
import { test, expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { pagePaths, prefixesOf } from '../scripts/site-walk.mjs';
import { locales } from './support';

const pages = pagePaths(fileURLToPath(new URL('../out', import.meta.url)));
const prefixes = [...new Set(pages.flatMap((p) => [p, ...prefixesOf(p)]))];

test('the root and every page URL are in the walk', () => {
  expect(prefixes).toContain('/');
  expect(pages.length).toBeGreaterThan(900);
});

for (const locale of locales) {
  test(`every prefix of every /${locale}/ URL is a page`, async ({ request }) => {
    const mine = prefixes.filter((p) => p.startsWith(`/${locale}/`));
    const failed: string[] = [];
    for (const path of mine) {
      const response = await request.get(path, { maxRedirects: 0 });
      if (response.status() !== 200) failed.push(`${path} → ${response.status()}`);
    }
    expect(failed, `${failed.length} of ${mine.length} prefixes are no page`).toEqual([]);
  });
}
