/**
 * Verdicts show the words they rest on: the quote in the source's language on every page, and the
 * portal's translation, marked as one, where the page is in another language. Policy facts
 * (which quote) come from the rule files, so a rule change does not break these tests.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { parse } from 'yaml';
import { locales, messages } from './support';

type Cite = { guideline: string; section: string; quote?: string; translation?: Record<string, string> };
type Rule = {
  id: string;
  needs?: string[] | 'all';
  purposes: string[] | 'all';
  data: string[] | 'all';
  verdict: string;
  cite: Cite[];
};
const policy = parse(readFileSync('content/rules/lillehammer-kommune.yaml', 'utf8'), { merge: true }) as {
  rules: Rule[];
};
const covers = (sel: string[] | 'all', id: string) => sel === 'all' || sel.includes(id);
/** The quoted citation of the rule that forbids recording in teaching (003 › teaching). */
const recordingInTeaching = policy.rules
  .filter((r) => r.needs && covers(r.needs, 'recording') && covers(r.purposes, 'teaching') && covers(r.data, 'none'))
  .flatMap((r) => r.cite)
  .find((c) => c.quote)!;
const wizardLabel = (locale: (typeof locales)[number]) =>
  (messages(locale) as unknown as { Wizard: Record<string, string> }).Wizard.quoteTranslation!;

for (const locale of locales) {
  test(`${locale}: an outcome shows the quote in Norwegian and, outside nb, the translation marked as one`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/wizard/lillehammer-kommune/teaching/none/`);
    const need = page.locator('[data-need="recording"]');
    const quote = need.locator('[data-quote]').filter({ hasText: recordingInTeaching.quote!.slice(0, 40) });
    await expect(quote).toHaveAttribute('lang', 'nb');
    const translation = need.locator('[data-quote-translation]');
    if (locale === 'nb') await expect(translation).toHaveCount(0);
    else {
      await expect(translation.first()).toContainText(wizardLabel(locale));
      await expect(translation.first()).toContainText(recordingInTeaching.translation![locale]!.slice(0, 30));
    }
    await expect(need.locator('[data-citation="video-meetings#teaching"]').first()).toHaveAttribute(
      'href',
      `/${locale}/guidelines/lillehammer-kommune/video-meetings/#teaching`,
    );
  });
}

test('a tool page shows the quotes of its verdicts', async ({ page }) => {
  await page.goto('/sv/tools/teams/');
  const section = page.locator('[data-org-section="lillehammer-kommune"]');
  await expect(section.locator('blockquote[lang="nb"][data-quote]').first()).toBeVisible();
  await expect(section.locator('[data-quote-translation]').first()).toContainText(wizardLabel('sv'));
});

test('a decision table points every decided cell to the numbered passages it rests on, with their quotes', async ({
  page,
}) => {
  await page.goto('/da/organisations/region-halland/decision-table/');
  const decided = page.locator('td[data-verdict]:not([data-verdict="not-assessed"])');
  expect(await decided.count()).toBeGreaterThan(0);
  await expect(decided.filter({ hasNot: page.locator('[data-notes]') })).toHaveCount(0);
  const numbers = (await page
    .locator('td[data-verdict="not-allowed"] [data-notes]')
    .first()
    .getAttribute('data-notes'))!;
  for (const n of numbers.split(' ')) {
    const note = page.locator(`li#basis-${n}`);
    await expect(note.locator('blockquote[lang="sv"]')).toBeVisible();
    await expect(note.locator('[data-quote-translation]')).toContainText(wizardLabel('da'));
  }
  // Axe on this page runs in e2e/a11y.spec.ts (one test per page, the same WCAG tags): doing it here
  // too made this the slowest test of the suite on a busy machine.
});
