import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { locales, messages } from './support';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function results(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  // A wait for the search's own "done" state, not a speed check (the bench measures speed): Pagefind's
  // WebAssembly start and a partial-match query's several searches can take seconds on a busy machine.
  await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done', { timeout: 30_000 });
  return page.locator('[data-result-url]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-url')!));
}

const inflected = {
  da: ['databehandleraftalen', 'zoom-memo'],
  sv: ['inspelningen', 'video-conferencing-routine'],
  nb: ['hodetelefoner', 'video-meetings'],
} as const;

for (const locale of locales) {
  test.describe(`search in ${locale}`, () => {
    test(`the inflected query "${inflected[locale][0]}" finds its page`, async ({ page }) => {
      const urls = await results(page, `/${locale}/search/?q=${inflected[locale][0]}`);
      expect(urls.some((u) => u.includes(inflected[locale][1]))).toBe(true);
    });

    test('a tool name shows its card with a status per organisation', async ({ page }) => {
      await results(page, `/${locale}/search/?q=Webex`);
      const card = page.locator('[data-tool-card="cisco-webex"]');
      await expect(card).toBeVisible();
      await expect(card.locator('[data-status]')).toHaveCount(4);
      // Counts per organisation, never one "overall" verdict: Halland forbids Webex with classified information.
      const notAllowed = (messages(locale) as unknown as { Tools: { countsIn: Record<string, string> } }).Tools
        .countsIn['not-allowed']!;
      await expect(card.locator('[data-org="region-halland"]')).toContainText(notAllowed.split('{')[0]!.trim());
    });

    test('each filter narrows the results', async ({ page }) => {
      const all = await results(page, `/${locale}/search/?q=Teams`);
      for (const [filter, value] of [
        ['organisation', 'region-halland'],
        ['kind', 'tool'],
        ['language', 'nb'],
      ] as const) {
        const narrowed = await results(page, `/${locale}/search/?q=Teams&${filter}=${value}`);
        expect(narrowed.length, `${filter}=${value}`).toBeGreaterThan(0);
        expect(narrowed.length, `${filter}=${value}`).toBeLessThan(all.length);
        await expect(page.locator(`select[data-filter="${filter}"]`)).toHaveValue(value);
      }
    });

    test('an unknown filter value in the URL is ignored, not applied', async ({ page }) => {
      const all = await results(page, `/${locale}/search/?q=Teams`);
      const bogus = await results(page, `/${locale}/search/?q=Teams&organisation=bogus&kind=x&language=en`);
      expect(bogus).toEqual(all);
      for (const filter of ['organisation', 'kind', 'language'])
        await expect(page.locator(`select[data-filter="${filter}"]`)).toHaveValue('');
    });

    test('the all-language toggle adds results from the other languages', async ({ page }) => {
      const own = await results(page, `/${locale}/search/?q=Confrere`);
      expect(own.every((u) => new URL(u, 'http://x').pathname.startsWith(`/${locale}/`))).toBe(true);
      await page.locator('[data-all-languages]').check();
      await expect(page).toHaveURL(/all=1/);
      await expect
        .poll(
          async () =>
            (
              await page
                .locator('[data-result-locale]')
                .evaluateAll((els) => els.map((e) => e.getAttribute('data-result-locale')))
            ).filter((l) => l !== locale).length,
        )
        .toBeGreaterThan(0);
    });

    test('reloading a ?q= URL shows the same results', async ({ page }) => {
      const first = await results(page, `/${locale}/search/?q=Zoom`);
      await page.reload();
      // A wait for the search's own "done" state, not a speed check (the bench measures speed): Pagefind's
      // WebAssembly start and a partial-match query's several searches can take seconds on a busy machine.
      await expect(page.locator('[data-search-app]')).toHaveAttribute('data-search-state', 'done', { timeout: 30_000 });
      expect(
        await page.locator('[data-result-url]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-url'))),
      ).toEqual(first);
    });
  });
}

test('a search for a part of a compound word finds the compound', async ({ page }) => {
  expect(
    (await results(page, '/da/search/?q=konsultation')).some((u) => u.includes('lillehammer-kommune/video-meetings')),
  ).toBe(true);
  expect((await results(page, '/sv/search/?q=möte')).length).toBeGreaterThan(0);
  expect((await results(page, '/nb/search/?q=telefoner')).some((u) => u.includes('video-meetings'))).toBe(true);
});

test('questions are read as staff write them: stop words dropped', async ({ page }) => {
  // Pagefind alone found nothing: "får", "jag" and "in" are on no page with "spela" and "mötet".
  const urls = await results(page, `/sv/search/?q=${encodeURIComponent('får jag spela in mötet')}`);
  expect(urls[0]).toContain('/sv/guidelines/region-halland/video-conferencing-routine/');
});

test('questions are read as staff write them: synonyms expanded', async ({ page }) => {
  expect(await results(page, `/nb/search/?q=${encodeURIComponent('opptak av videomøte')}`)).toContainEqual(
    expect.stringContaining('/nb/guidelines/region-halland/video-conferencing-routine/'),
  );
});

test('when no page has every word, the best partial matches come with a line saying so', async ({ page }) => {
  const urls = await results(page, `/da/search/?q=${encodeURIComponent('privat brug af Teams qwxzyv')}`);
  // Where it ranks is the relevance bench's business (scripts/bench/relevance.mjs).
  expect(urls).toContainEqual(expect.stringContaining('/da/guidelines/region-halland/video-conferencing-routine/'));
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('data-partial', 'true');
  await expect(status).toContainText(String(urls.length));
});

test('results are pages, each once, with its best sections linking to their anchors', async ({ page }) => {
  const urls = await results(page, `/da/search/?q=${encodeURIComponent('optagelse af møder')}`);
  expect(new Set(urls).size).toBe(urls.length);
  const sections = page.locator('[data-result-url] ul a');
  expect(await sections.count()).toBeGreaterThan(0);
  for (const href of await sections.evaluateAll((els) => els.map((e) => e.getAttribute('href')!)))
    expect(href).toMatch(/#[\w-]+$/);
});

test('navigation pages are not results, and no excerpt shows badge text', async ({ page }) => {
  for (const locale of locales) {
    const urls = await results(page, `/${locale}/search/?q=Teams`);
    const paths = urls.map((u) => new URL(u, 'http://x').pathname);
    for (const chrome of ['tools/', 'wizard/', 'search/', 'accessibility/'])
      expect(paths, chrome).not.toContain(`/${locale}/${chrome}`);
    // The badges' words: "Ikke vurderet" and "ikke tilladt i 9 situationer" (the text before the count).
    const { Vocabulary, Tools } = messages(locale) as unknown as {
      Vocabulary: { verdict: Record<string, string> };
      Tools: { countsIn: Record<string, string> };
    };
    const excerpts = await page.locator('[data-result-url] > p[lang]').allTextContents();
    for (const badge of [Vocabulary.verdict['not-assessed']!, Tools.countsIn['not-allowed']!.split('{')[0]!.trim()])
      expect(
        excerpts.filter((e) => e.toLowerCase().includes(badge.toLowerCase())),
        badge,
      ).toEqual([]);
  }
});

test('results are announced in a live region with their count', async ({ page }) => {
  await results(page, '/sv/search/?q=Zoom');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText(String(await page.locator('[data-result-url]').count()));
});

// One test per language: axe over 50 results takes long on a busy machine.
for (const locale of locales) {
  test(`the search page with results open has no axe violations (${locale})`, async ({ page }) => {
    await results(page, `/${locale}/search/?q=Teams`);
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${locale} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
}

test('/ and Ctrl+K focus the header search; Escape gives focus back', async ({ page }) => {
  await page.goto('/da/guidelines/');
  await page.locator('main a').first().focus();
  await page.keyboard.press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('main a').first()).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('Zoom');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/da\/search\/\?q=Zoom$/);
  await expect(page.locator('[data-tool-card="zoom"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says so and links to the guideline index', async ({ page }) => {
    await page.goto('/nb/search/?q=Zoom');
    await expect(page.locator('[data-noscript]')).toBeVisible();
    await expect(page.locator('[data-noscript] a')).toHaveAttribute('href', '/nb/guidelines/');
  });
});
