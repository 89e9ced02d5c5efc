import { test, expect } from '@playwright/test';
import { checklistGuidelinePath, escapeRegExp, locales, messages } from './support';

const guideline = (locale: string) => `/${locale}/${checklistGuidelinePath}`;

test.describe('each locale home', () => {
  for (const locale of locales) {
    test(`/${locale}/ has <html lang="${locale}"> and a localised title`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(new RegExp(escapeRegExp(messages(locale).Site.name)));
    });
  }
});

test.describe('language switcher', () => {
  for (const locale of locales) {
    test(`on ${guideline(locale)} it keeps the path and the query (JavaScript on)`, async ({ page, baseURL }) => {
      await page.goto(`${guideline(locale)}?q=test`);
      for (const other of locales) {
        await expect(page.locator(`a[data-locale-link="${other}"]`)).toHaveAttribute(
          'href',
          `${guideline(other)}?q=test`,
        );
      }
      const target = locales[(locales.indexOf(locale) + 1) % locales.length]!;
      await page.locator(`a[data-locale-link="${target}"]`).click();
      await page.waitForURL(`${baseURL}${guideline(target)}?q=test`);
      await expect(page.locator('html')).toHaveAttribute('lang', target);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const locale of locales) {
      test(`on ${guideline(locale)} the links are plain hrefs to the same page`, async ({ page, baseURL }) => {
        await page.goto(`${guideline(locale)}?q=test`);
        for (const other of locales) {
          await expect(page.locator(`a[data-locale-link="${other}"]`)).toHaveAttribute('href', guideline(other));
        }
        const target = locales[(locales.indexOf(locale) + 1) % locales.length]!;
        await page.locator(`a[data-locale-link="${target}"]`).click();
        await page.waitForURL(`${baseURL}${guideline(target)}`);
        await expect(page.locator('html')).toHaveAttribute('lang', target);
      });
    }
  });
});

test.describe('skip link', () => {
  for (const locale of locales) {
    test(`on /${locale}/ it is the first Tab stop, visible when focused, and Enter moves focus to #main`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      await expect(focused).toHaveAttribute('href', '#main');

      // Visible for sighted keyboard users: not a 1×1 px clipped box, and inside the viewport.
      await expect(focused).toBeVisible();
      const box = await focused.boundingBox();
      expect(box, 'the focused skip link has a box').not.toBeNull();
      expect(box!.width, 'focused skip link width').toBeGreaterThanOrEqual(20);
      expect(box!.height, 'focused skip link height').toBeGreaterThanOrEqual(10);
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      const clipping = await focused.evaluate((el) => {
        const style = getComputedStyle(el);
        return { clip: style.clip, clipPath: style.clipPath, opacity: style.opacity };
      });
      expect(['auto', '']).toContain(clipping.clip);
      expect(clipping.clipPath).toBe('none');
      expect(Number(clipping.opacity)).toBeGreaterThan(0);

      await page.keyboard.press('Enter');
      await expect(page.locator('#main')).toBeFocused();
    });
  }
});

test.describe('404 page', () => {
  for (const path of ['/this-page-does-not-exist/', '/sv/no-such-page/']) {
    test(`${path} answers 404 and links to all three homes`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      for (const locale of locales) {
        await expect(page.locator(`a[href="/${locale}/"]`).first()).toBeVisible();
      }
    });
  }
});
