import { test, expect, type Page } from '@playwright/test';
import { locales } from './support';

// `/` has no server logic on a static host: a meta refresh to /da/, links to every language, and
// (with JavaScript) a jump to the visitor's preferred language.

/** Reads the meta refresh and the links of an HTML document without letting it run or redirect. */
async function inspectHtml(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return {
      refresh: [...doc.querySelectorAll('meta')]
        .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh')
        .map((m) => m.getAttribute('content') ?? ''),
      links: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    };
  }, html);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ has a meta refresh to /da/, links to every language, and ends on /da/', async ({
    page,
    browser,
    request,
  }) => {
    // Read the HTML over HTTP: the refresh may navigate the page away before its body can be read.
    const response = await request.get('/');
    expect(response.status()).toBe(200);
    const html = await response.text();

    const parser = await browser.newPage(); // a page with JavaScript, only to parse the HTML
    const { refresh, links } = await inspectHtml(parser, html);
    await parser.close();

    expect(refresh, 'exactly one <meta http-equiv="refresh">').toHaveLength(1);
    expect(refresh[0]).toMatch(/^\s*0\s*;\s*url=\/da\/\s*$/i);
    for (const locale of locales) expect(links, `a link to /${locale}/`).toContain(`/${locale}/`);

    await page.goto('/');
    await page.waitForURL('**/da/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });
});

const preferred: [browserLocale: string, expected: string][] = [
  ['sv-SE', 'sv'],
  ['nb-NO', 'nb'],
  ['en-US', 'da'],
];

for (const [browserLocale, expected] of preferred) {
  test.describe(`with JavaScript, browser language ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`/ lands on /${expected}/`, async ({ page, baseURL }) => {
      await page.goto('/', { waitUntil: 'commit' });
      await page.waitForURL(`${baseURL}/${expected}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
    });
  });
}
