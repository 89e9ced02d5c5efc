import { test, expect, type APIRequestContext, type Page } from '@playwright/test';

// The built open data (/data/v1/, docs/data.md) against the built wizard: for whole organisations,
// every situation's outcome page shows the verdicts (data-tool / data-need with data-verdict), the
// conditions and the cited sections that the organisation's JSON gives. The same comparison against
// the engine, for every organisation and language, is tests/open-data.test.ts.

type Citation = { url: Record<string, string>; quote?: { text: string } };
type Decision = { verdict: string; conditions: Record<string, string>[]; citations: Citation[] };
type Situation = {
  purpose: string;
  data: string;
  url: Record<string, string>;
  tools: Record<string, Decision>;
  needs: Record<string, Decision>;
};

/** A URL of the data as a path on the server under test (the data's origin is SITE_URL). */
const onServer = (url: string) => {
  const { pathname, hash } = new URL(url);
  return pathname + hash;
};

async function json(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
  return response.json();
}

/** What an outcome page shows per tool or function, read from its HTML through the test hooks. */
async function shown(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const read = (hook: string) =>
      Object.fromEntries(
        [...doc.querySelectorAll(`[data-${hook}][data-verdict]`)].map((el) => [
          el.getAttribute(`data-${hook}`),
          {
            verdict: el.getAttribute('data-verdict'),
            conditions: [...el.querySelectorAll(':scope > div:not([data-citations]) > ul > li')].map((li) =>
              li.textContent?.trim(),
            ),
            citations: [...el.querySelectorAll('a[data-citation]')].map((a) => a.getAttribute('href')),
            quotes: [...el.querySelectorAll('[data-quote]')].map((q) => q.textContent),
          },
        ]),
      );
    return { tools: read('tool'), needs: read('need') };
  }, html);
}

const expected = (decisions: Record<string, Decision>, locale: string) =>
  Object.fromEntries(
    Object.entries(decisions).map(([id, d]) => [
      id,
      {
        verdict: d.verdict,
        conditions: d.conditions.map((c) => c[locale]),
        citations: d.citations.map((c) => onServer(c.url[locale]!)),
        quotes: d.citations.flatMap((c) => (c.quote ? [c.quote.text] : [])),
      },
    ]),
  );

test('index.json names every organisation file, and each is there', async ({ request }) => {
  const index = await json(request, '/data/v1/index.json');
  expect(index.kind).toBe('index');
  expect(index.organisations).toHaveLength(4);
  for (const o of index.organisations) expect((await json(request, onServer(o.data))).organisation.id).toBe(o.id);
  expect((await json(request, onServer(index.links.schema)))['$schema']).toMatch(/2020-12/);
});

for (const [org, locale] of [
  ['region-halland', 'sv'],
  ['region-hovedstaden', 'da'],
] as const) {
  test(`${org}: all 24 outcome pages (${locale}) show what ${org}.json says`, async ({ page, request }) => {
    const { situations } = (await json(request, `/data/v1/${org}.json`)) as { situations: Situation[] };
    expect(situations).toHaveLength(24);
    for (const s of situations) {
      const path = onServer(s.url[locale]!);
      expect(path).toBe(`/${locale}/wizard/${org}/${s.purpose}/${s.data}/`);
      const html = await (await request.get(path)).text();
      const onPage = await shown(page, html);
      expect(onPage.tools, `${path} tools`).toEqual(expected(s.tools, locale));
      expect(onPage.needs, `${path} needs`).toEqual(expected(s.needs, locale));
    }
  });
}
