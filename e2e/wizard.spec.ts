import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { locales, messages } from './support';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Wizard = { Wizard: Record<string, string> };
const w = (locale: (typeof locales)[number]) => (messages(locale) as unknown as Wizard).Wizard;

async function verdicts(page: Page, hook: 'tool' | 'need') {
  return page
    .locator(`[data-${hook}][data-verdict]`)
    .evaluateAll(
      (els, h) => Object.fromEntries(els.map((e) => [e.getAttribute(`data-${h}`), e.getAttribute('data-verdict')])),
      hook,
    );
}

test.describe('keyboard only', () => {
  for (const locale of locales) {
    test(`${locale}: from the start page to an outcome with Tab, Enter and Space`, async ({ page }) => {
      await page.goto(`/${locale}/wizard/`);
      const press = async (selector: string) => {
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab');
          if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
        }
        throw new Error(`never reached ${selector} with Tab`);
      };
      await press('[data-choice="region-halland"]');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/wizard/region-halland/$`));
      await press('[data-choice="case-conference"]');
      await page.keyboard.press('Enter');
      await press('[data-choice="sensitive"]');
      await page.keyboard.press('Enter');
      // The outcome, with the functions question in its answers: "change" jumps to its form.
      await expect(page).toHaveURL(new RegExp(`/${locale}/wizard/region-halland/case-conference/sensitive/$`));
      await press('[data-change="needs"]');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#needs-form$/);
      await press('input[value="chat"]');
      await page.keyboard.press('Space');
      await press('#needs-form button[type="submit"]');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(
        new RegExp(`/${locale}/wizard/region-halland/case-conference/sensitive/\\?needs=chat$`),
      );
      await expect(page.locator('[data-need="chat"]')).toHaveAttribute('data-asked', 'true');
      await expect(page.locator('[data-need="chat"]')).toHaveAttribute('data-verdict', 'not-allowed');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a run reaches an outcome through links and the plain form', async ({ page }) => {
    await page.goto('/nb/wizard/');
    await page.locator('[data-choice="lillehammer-kommune"]').click();
    await page.locator('[data-choice="consultation"]').click();
    await page.locator('[data-choice="sensitive"]').click();
    await expect(page.getByRole('group', { name: w('nb').qNeeds! })).toBeVisible();
    await page.locator('input[value="recording"]').check();
    await page.locator('input[value="screen-sharing"]').check();
    await page.locator('#needs-form button[type="submit"]').click();
    await expect(page).toHaveURL(
      /\/nb\/wizard\/lillehammer-kommune\/consultation\/sensitive\/\?needs=screen-sharing&needs=recording$/,
    );
    await expect(page.locator('[data-tool="confrere"]')).toHaveAttribute('data-verdict', 'recommended');
  });
});

test.describe("the functions question's old page (intranets link to it)", () => {
  const old = '/sv/wizard/region-halland/case-conference/sensitive/needs/';
  const form = /\/sv\/wizard\/region-halland\/case-conference\/sensitive\/#needs-form$/;
  test('sends the reader to the form on the outcome', async ({ page }) => {
    await page.goto(old);
    await expect(page).toHaveURL(form);
    await expect(page.getByRole('group', { name: w('sv').qNeeds! })).toBeVisible();
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('does the same, and says where the question went', async ({ page, request }) => {
      const html = await (await request.get(old)).text();
      expect(html).toContain('lang="sv"');
      expect(html).toContain(w('sv').needsMoved!);
      expect(html).toContain('name="robots" content="noindex"');
      await page.goto(old);
      await expect(page).toHaveURL(form);
    });
  });
});

test('"change" on the functions opens the form with the functions asked about ticked', async ({ page }) => {
  await page.goto('/da/wizard/region-hovedstaden/consultation/sensitive/?needs=chat');
  await page.locator('[data-change="needs"]').click();
  await expect(page).toHaveURL(/\?needs=chat#needs-form$/);
  await expect(page.locator('#needs-form input[value="chat"]')).toBeChecked();
  await page.locator('#needs-form input[value="recording"]').check();
  await page.locator('#needs-form button[type="submit"]').click();
  await expect(page).toHaveURL(/\?needs=chat&needs=recording$/);
  await expect(page.locator('[data-need="recording"]')).toHaveAttribute('data-asked', 'true');
  await expect(page.locator('[data-need="chat"]')).toHaveAttribute('data-asked', 'true');
});

test('a shared outcome URL reloads to the same outcome and keeps the functions asked about', async ({ page }) => {
  const url = '/sv/wizard/region-halland/case-conference/sensitive/?needs=recording,transcription';
  await page.goto(url);
  const before = { tools: await verdicts(page, 'tool'), needs: await verdicts(page, 'need') };
  await page.reload();
  expect({ tools: await verdicts(page, 'tool'), needs: await verdicts(page, 'need') }).toEqual(before);
  await expect(page.locator('[data-need="recording"]')).toHaveAttribute('data-asked', 'true');
  await expect(page.locator('[data-need="chat"]')).not.toHaveAttribute('data-asked', 'true');
  await expect(page.locator('[data-answer="needs"]')).toContainText(
    (messages('sv') as unknown as { Vocabulary: { need: Record<string, string> } }).Vocabulary.need.recording!,
  );
});

test('unknown needs are ignored and never echoed', async ({ page }) => {
  await page.goto('/da/wizard/region-hovedstaden/colleagues/none/?needs=%3Cimg%20src%3Dx%3Echat,bogus');
  await expect(page.locator('[data-asked="true"]')).toHaveCount(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('body').innerText()).not.toContain('bogus');
});

test('a link naming only unknown functions says so and links to the question, not "none of these"', async ({
  page,
  baseURL,
}) => {
  for (const locale of ['da', 'sv', 'nb'] as const) {
    const wizard = (messages(locale) as unknown as { Wizard: Record<string, string> }).Wizard;
    await page.goto(`/${locale}/wizard/region-hovedstaden/colleagues/none/?needs=bogus,%3Cb%3Ex`);
    const answer = page.locator('[data-answer="needs"]');
    await expect(answer).toContainText(wizard.needsNotUnderstood!);
    await expect(answer).not.toContainText(wizard.needsNone!);
    await expect(answer).not.toContainText('bogus');
    await answer.getByRole('link', { name: wizard.needsNotUnderstoodLink! }).click();
    await page.waitForURL(`${baseURL}/${locale}/wizard/region-hovedstaden/colleagues/none/#needs-form`);
  }
  // "none" is a real answer, and one known function among unknown ones is shown as it is.
  await page.goto('/da/wizard/region-hovedstaden/colleagues/none/?needs=none');
  await expect(page.locator('[data-answer="needs"]')).toHaveText(
    (messages('da') as unknown as { Wizard: Record<string, string> }).Wizard.needsNone!,
  );
  await page.goto('/da/wizard/region-hovedstaden/colleagues/none/?needs=bogus,chat');
  await expect(page.locator('[data-answer="needs"]')).toHaveText(
    (messages('da') as unknown as { Vocabulary: { need: Record<string, string> } }).Vocabulary.need.chat!,
  );
});

test('switching language on an outcome keeps the answers and the functions', async ({ page, baseURL }) => {
  await page.goto('/da/wizard/region-hovedstaden/consultation/sensitive/?needs=chat');
  await page.locator('a[data-locale-link="nb"]').click();
  await page.waitForURL(`${baseURL}/nb/wizard/region-hovedstaden/consultation/sensitive/?needs=chat`);
  await expect(page.locator('[data-need="chat"]')).toHaveAttribute('data-asked', 'true');
});

test.describe('the five worked examples (scenarios.md)', () => {
  const examples: [string, Record<string, string[]>, Record<string, string[]>][] = [
    [
      'region-hovedstaden/consultation/sensitive',
      { minsp: ['recommended'], 'medcom-meet': ['allowed', 'conditional'], zoom: ['not-allowed'] },
      { chat: ['not-allowed'] },
    ],
    [
      'region-halland/case-conference/sensitive',
      { teams: ['recommended', 'allowed', 'conditional'] },
      {
        chat: ['not-allowed'],
        recording: ['not-allowed'],
        transcription: ['not-allowed'],
        'screen-sharing': ['conditional'],
      },
    ],
    ['lillehammer-kommune/consultation/sensitive', { confrere: ['recommended'] }, {}],
    [
      'danish-municipalities/consultation/sensitive',
      {
        whatsapp: ['not-allowed'],
        facetime: ['not-allowed'],
        'facebook-messenger': ['not-allowed'],
        skype: ['not-allowed'],
      },
      {},
    ],
  ];
  for (const locale of locales) {
    test(`${locale}: examples 1–5`, async ({ page }) => {
      for (const [path, tools, needs] of examples) {
        await page.goto(`/${locale}/wizard/${path}/`);
        for (const [tool, allowed] of Object.entries(tools))
          expect(allowed, `${path} ${tool}`).toContain(
            await page.locator(`[data-tool="${tool}"]`).getAttribute('data-verdict'),
          );
        for (const [need, allowed] of Object.entries(needs))
          expect(allowed, `${path} ${need}`).toContain(
            await page.locator(`[data-need="${need}"]`).getAttribute('data-verdict'),
          );
      }
      await page.goto(`/${locale}/wizard/region-halland/colleagues/classified/`);
      const all = await verdicts(page, 'tool');
      expect(Object.keys(all).length).toBe(29);
      expect(new Set(Object.values(all))).toEqual(new Set(['not-allowed']));
    });
  }
});

test('an outcome shows the same verdicts in every language', async ({ page }) => {
  for (const path of [
    'region-hovedstaden/colleagues/personal',
    'region-halland/external/sensitive',
    'lillehammer-kommune/teaching/personal',
    'danish-municipalities/consultation/none',
  ]) {
    const seen = [];
    for (const locale of locales) {
      await page.goto(`/${locale}/wizard/${path}/`);
      seen.push({ tools: await verdicts(page, 'tool'), needs: await verdicts(page, 'need') });
    }
    expect(seen[1], path).toEqual(seen[0]);
    expect(seen[2], path).toEqual(seen[0]);
  }
});

test('the embed opens the full portal in the top window', async ({ page }) => {
  await page.goto('/sv/embed/wizard/');
  await expect(page.locator('header')).toHaveCount(0);
  const targets = await page.locator('[data-choice]').evaluateAll((els) => els.map((e) => e.getAttribute('target')));
  expect(targets.length).toBe(4);
  expect(new Set(targets)).toEqual(new Set(['_top']));
  await page.goto('/sv/embed/wizard/region-halland/');
  await expect(page.locator('[data-choice="external"]')).toHaveAttribute('href', '/sv/wizard/region-halland/external/');
});

test.describe('accessibility of the wizard', () => {
  const pages = [
    '/da/wizard/region-hovedstaden/consultation/',
    '/sv/wizard/region-halland/case-conference/sensitive/#needs-form',
    '/nb/embed/wizard/',
    '/da/embed/wizard/danish-municipalities/',
    '/da/wizard/region-hovedstaden/consultation/sensitive/?needs=chat',
    '/sv/wizard/region-halland/colleagues/classified/',
    '/nb/wizard/lillehammer-kommune/case-conference/sensitive/?needs=screen-sharing,recording',
    '/da/wizard/danish-municipalities/consultation/personal/',
    '/sv/wizard/region-halland/private/none/',
    '/nb/wizard/region-hovedstaden/teaching/none/',
  ];
  // One test per page: each stays short on a busy machine, and a failure names its page.
  for (const path of pages) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(
        violations.map((v) => `${path} – ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
    });
  }
  test('a not-assessed group is collapsed but in the HTML', async ({ page }) => {
    await page.goto('/da/wizard/region-hovedstaden/consultation/sensitive/');
    await expect(page.locator('details[data-not-assessed-group]')).not.toHaveAttribute('open', '');
    await expect(page.locator('details[data-not-assessed-group] [data-tool="whatsapp"]')).toHaveAttribute(
      'data-verdict',
      'not-assessed',
    );
  });
});

test('the printout shows the date, answers, every verdict with citations, and the ruleset version', async ({
  page,
}) => {
  await page.goto('/da/wizard/region-hovedstaden/consultation/sensitive/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-ruleset]')).toBeVisible();
  await expect(page.locator('[data-ruleset]')).toHaveText(/\d{4}.*[0-9a-f]{10}/);
  await expect(page.locator('[data-answer="organisation"]')).toBeVisible();
  await expect(page.locator('[data-tool="minsp"] [data-citation]').first()).toBeVisible();
  await expect(page.locator('[data-tool="whatsapp"]')).toBeVisible();
  await expect(page.locator('header nav').first()).toBeHidden();
});
