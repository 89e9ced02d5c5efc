import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.2 AA, as axe's rules for it. */
export const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on one page; returns one readable line block per violation (empty when clean). */
export async function axeViolations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  if (!response || response.status() !== 200) return [`${path}: answered ${response?.status() ?? 'nothing'}`];
  return violationsHere(page, path);
}

/**
 * axe on the page as it stands now (after the test has typed, opened, filtered …), or on a part of
 * it (`include`) or without one (`exclude`): for a page too large to check in one test.
 */
export async function violationsHere(
  page: Page,
  label: string,
  part: { include?: string; exclude?: string } = {},
): Promise<string[]> {
  const path = label;
  let builder = new AxeBuilder({ page }).withTags(tags);
  if (part.include) builder = builder.include(part.include);
  if (part.exclude) builder = builder.exclude(part.exclude);
  const { violations } = await builder.analyze();
  return violations.map((v) =>
    [
      `${path} – ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
      `  ${v.helpUrl}`,
      ...v.nodes.map(
        (n) =>
          `  • ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
      ),
    ].join('\n'),
  );
}

export function assertClean(found: string[], path: string) {
  expect(found, `${found.length} axe violation(s) on ${path}:\n\n${found.join('\n\n')}\n`).toEqual([]);
}
