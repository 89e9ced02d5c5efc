import { test, expect } from '@playwright/test';
import {
  checklistGuidelinePath,
  escapeRegExp,
  isGuidelinePath,
  localeOf,
  locales,
  messages,
  sitemapPaths,
} from './support';

// Every section heading of a guideline has a visible link to itself (#section-id), reachable with
// the keyboard and named "Link to section: <heading>" in the page's language (issue 16).
const label = (locale: (typeof locales)[number]) =>
  (messages(locale) as unknown as { Content: { sectionLink: string } }).Content.sectionLink;

/** The guideline's own section headings (the body's, not the page's table of contents). */
const sectionHeadings = '[data-guideline] .prose h2[id], [data-guideline] .prose h3[id]';

for (const locale of locales) {
  test(`${locale}: every section heading of every guideline has a named, visible link to itself`, async ({
    page,
    request,
  }) => {
    const paths = (await sitemapPaths(request)).filter((p) => localeOf(p) === locale && isGuidelinePath(p));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      await page.goto(path);
      const headings = await page
        .locator(sectionHeadings)
        .evaluateAll((els) => els.map((e) => ({ id: e.id, text: (e.textContent ?? '').replace(/\s+/g, ' ').trim() })));
      expect(headings.length, `${path}: section headings`).toBeGreaterThan(0);
      for (const { id, text } of headings) {
        const link = page.locator(`a[href="#${id}"][data-section-link]`);
        await expect(link, `${path}#${id}: one link to the section`).toHaveCount(1);
        // Named after its heading (one that repeats in the guideline after the heading before it: "… › Heading").
        await expect(link, `${path}#${id}: its name`).toHaveAccessibleName(
          new RegExp(`^${escapeRegExp(label(locale))}: (.+ › )?${escapeRegExp(text)}$`),
        );
        await expect(link, `${path}#${id}: visible`).toBeVisible();
      }
      const names = await page
        .locator('[data-section-link]')
        .evaluateAll((as) => as.map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()));
      expect(new Set(names).size, `${path}: no two section links share a name`).toBe(names.length);
    }
  });
}

test('a section link is reached with Tab and leads to its section', async ({ page }) => {
  await page.goto(`/sv/${checklistGuidelinePath}`);
  const first = page.locator('[data-section-link]').first();
  const id = await first.getAttribute('data-section-link');
  let presses = 0;
  while (!(await first.evaluate((el) => el === document.activeElement))) {
    expect(++presses, 'the first section link is reachable with Tab').toBeLessThan(200);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test.describe('copy link on an outcome', () => {
  const path = '/nb/wizard/lillehammer-kommune/consultation/sensitive/';

  test('without JavaScript: the address is shown in a labelled field to select, the button stays hidden', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(path);
    const nb = messages('nb') as unknown as { Wizard: Record<string, string> };
    const field = page.getByLabel(nb.Wizard.copyLinkLabel!, { exact: true });
    await expect(field).toBeVisible();
    await expect(field).not.toBeEditable();
    expect(await field.inputValue()).toMatch(new RegExp(`^https?://[^/]+(/[^/]+)*${path}$`));
    await field.focus();
    await page.keyboard.press('ControlOrMeta+a');
    expect(await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart!, el.selectionEnd!))).toBe(
      await field.inputValue(),
    );
    const button = page.locator('button[data-module="copy-link"]');
    await expect(button).toHaveCount(1);
    await expect(button).toBeHidden();
    await context.close();
  });
});

test.describe('copy link on an outcome, with JavaScript', () => {
  test('the field gains the functions asked about; the button copies it and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path = '/nb/wizard/lillehammer-kommune/consultation/sensitive/';
    await page.goto(`${path}?needs=recording,bogus,chat`);
    const nb = messages('nb') as unknown as { Wizard: Record<string, string> };
    const field = page.getByLabel(nb.Wizard.copyLinkLabel!, { exact: true });
    // Known functions only, in the wizard's order, as the outcome reads them.
    await expect(field).toHaveValue(new RegExp(`${path}\\?needs=chat,recording$`));
    const button = page.getByRole('button', { name: nb.Wizard.copyLinkButton! });
    await button.click();
    await expect(page.locator('[data-copy-link-status]')).toHaveText(nb.Wizard.copyLinkCopied!);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
  });
});
