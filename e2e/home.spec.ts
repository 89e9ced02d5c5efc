/**
 * The home page starts the wizard: its first question is the first thing in the main content, one
 * click per organisation, with or without JavaScript; the review status is said once; trimmed URLs
 * (/{locale}/guidelines/{org}/, /{locale}/embed/) are pages.
 */
import { test, expect, type Page } from '@playwright/test';
import { locales, messages, type Locale } from './support';

type Messages = { Wizard: Record<string, string>; Home: Record<string, string> };
const m = (locale: Locale) => messages(locale) as unknown as Messages;

/** The first link in <main>: where a keyboard user lands after the skip link. */
const firstMainLink = (page: Page) => page.locator('main a').first();

async function startsTheWizard(page: Page, locale: Locale, by: 'keyboard' | 'click') {
  await page.goto(`/${locale}/`);
  await expect(page.locator('main h2').first()).toHaveText(m(locale).Wizard.qOrganisation!);
  const first = firstMainLink(page);
  await expect(first).toHaveAttribute('data-choice', 'region-hovedstaden');
  if (by === 'click') await first.click();
  else {
    // The skip link leads to #main; the next Tab stop is the first organisation.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(new RegExp(`/${locale}/wizard/region-hovedstaden/$`));
  await expect(page.locator('h1')).toHaveText(m(locale).Wizard.qPurpose!);
}

test.describe('home', () => {
  for (const locale of locales) {
    test(`/${locale}/: the first link in the content answers the wizard's first question (keyboard)`, async ({
      page,
    }) => {
      await startsTheWizard(page, locale, 'keyboard');
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('/sv/: one click on an organisation reaches the second question', async ({ page }) => {
      await startsTheWizard(page, 'sv', 'click');
    });
    test('/nb/: the search form sends ?q= to the search page', async ({ page }) => {
      await page.goto('/nb/');
      await page.locator('#home-search').fill('Teams');
      await page.locator('#home-search').press('Enter');
      await expect(page).toHaveURL(/\/nb\/search\/\?q=Teams$/);
    });
  });

  test('/da/: the review status is said once, not on every guideline', async ({ page }) => {
    await page.goto('/da/');
    await expect(page.locator('[data-review-summary]')).toHaveCount(1);
    await expect(page.locator('[data-review-summary]')).toContainText(/\d+ af 9 retningslinjer|Alle 9 retningslinjer/);
    await expect(page.locator('[data-home-guidelines] li')).toHaveCount(9);
    await expect(page.locator('[data-home-guidelines] li', { hasText: 'gennemgang' })).toHaveCount(0);
  });

  test('/da/: not a search result itself (no data-pagefind-body)', async ({ page }) => {
    await page.goto('/da/');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  });
});

test.describe('trimmed URLs', () => {
  test("/da/guidelines/danish-municipalities/ lists KL's chapters 1 to 5 in order", async ({ page }) => {
    await page.goto('/da/guidelines/danish-municipalities/');
    const titles = await page.locator('[data-organisation-guidelines] li a').allTextContents();
    expect(titles.map((t) => /– (\d)/.exec(t)?.[1])).toEqual(['1', '2', '3', '4', '5']);
  });

  test('/sv/embed/ explains the embed and links its pages', async ({ page }) => {
    await page.goto('/sv/embed/');
    await expect(page.locator('pre code')).toContainText('/sv/embed/wizard/');
    const links = await page
      .locator('[data-embed-index] li a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/sv/embed/wizard/');
    expect(links).toContain('/sv/embed/wizard/region-halland/');
  });
});
