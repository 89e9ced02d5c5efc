import { test, expect, type Page } from '@playwright/test';
import { checklistGuidelinePath, isGuidelinePath, localeOf, locales, sitemapPaths, type Locale } from './support';

/** Section ids (h2/h3 with an id) inside the guideline, in document order. */
const sectionIds = (page: Page) =>
  page.locator('[data-guideline] h2[id], [data-guideline] h3[id]').evaluateAll((els) => els.map((e) => e.id));

for (const locale of locales) {
  test(`every ${locale} guideline page has h1, metadata box and a table of contents that resolves`, async ({
    page,
    request,
  }) => {
    const paths = (await sitemapPaths(request)).filter((p) => localeOf(p) === locale && isGuidelinePath(p));
    expect(paths.length, `${locale} guideline pages in the sitemap`).toBeGreaterThan(0);
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.locator('h1'), `${path}: one h1`).toHaveCount(1);
        await expect(page.locator('h1')).not.toBeEmpty();
        await expect(page.locator('[data-metadata]'), `${path}: metadata box`).toBeVisible();

        // The table of contents: the navigation inside the guideline made of in-page links.
        const toc = page.locator('[data-guideline] nav').filter({ has: page.locator('a[href^="#"]') });
        await expect(toc, `${path}: one table of contents`).toHaveCount(1);
        const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(targets.length, `${path}: table of contents entries`).toBeGreaterThan(0);
        for (const href of targets) {
          expect(href, `${path}: a table of contents link is in-page`).toMatch(/^#./);
          const id = decodeURIComponent(href.slice(1));
          await expect(page.locator(`[id="${id.replace(/"/g, '\\"')}"]`), `${path}: target ${href}`).toHaveCount(1);
        }
      });
    }
  });
}

test('the section ids of each guideline are identical in da, sv and nb', async ({ page, request }) => {
  const paths = (await sitemapPaths(request)).filter((p) => localeOf(p) === 'da' && isGuidelinePath(p));
  expect(paths.length).toBeGreaterThan(0);
  for (const daPath of paths) {
    const rest = daPath.slice('/da/'.length);
    const ids = {} as Record<Locale, string[]>;
    for (const locale of locales) {
      await page.goto(`/${locale}/${rest}`);
      ids[locale] = await sectionIds(page);
    }
    expect(ids.da.length, `${rest}: section ids in da`).toBeGreaterThan(0);
    expect(ids.sv, `${rest}: sv section ids equal da's`).toEqual(ids.da);
    expect(ids.nb, `${rest}: nb section ids equal da's`).toEqual(ids.da);
  }
});

test.describe('interactive checklist', () => {
  const path = `/nb/${checklistGuidelinePath}`;

  test(`on ${path} a tick made with the keyboard survives a reload; reset clears it`, async ({ page }) => {
    await page.goto(path);
    const checklist = page.locator('[data-checklist]').first();
    await expect(checklist).toBeVisible();
    // site.js's checklist module marks it ready once it has restored the saved ticks.
    await expect(checklist.locator('[data-checklist-ready="true"]')).toBeAttached();
    const box = checklist.locator('input[type="checkbox"]').first();
    await expect(box).not.toBeChecked();

    // Tab from the top of the page until the first box has focus.
    let presses = 0;
    while (!(await box.evaluate((el) => el === document.activeElement))) {
      expect(++presses, 'the first checklist box is reachable with Tab').toBeLessThan(400);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();

    await page.reload();
    await expect(checklist.locator('[data-checklist-ready="true"]')).toBeAttached();
    await expect(box, 'still ticked after a reload').toBeChecked();

    await checklist.getByRole('button').click();
    await expect(box, 'cleared by the reset button').not.toBeChecked();
    await page.reload();
    await expect(checklist.locator('[data-checklist-ready="true"]')).toBeAttached();
    await expect(box, 'still cleared after a reload').not.toBeChecked();
  });

  test(`on ${path} with storage blocked by the browser, ticks and reset still work and nothing throws`, async ({
    page,
  }) => {
    // As a browser set to block site data does: any touch of localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    const checklist = page.locator('[data-checklist]').first();
    await expect(checklist.locator('[data-checklist-ready="true"]')).toBeAttached();
    const box = checklist.locator('input[type="checkbox"]').first();
    await box.check();
    await checklist.getByRole('button').click();
    await expect(box).not.toBeChecked();
    expect(errors).toEqual([]);
  });
});
