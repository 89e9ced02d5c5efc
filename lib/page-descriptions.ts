/**
 * The descriptions of pages that have no summary of their own in the content: made from the data
 * the page shows, so each page's link preview says something about that page. Pure: names and
 * translated phrases come in, a sentence goes out.
 */
import type { Verdict } from '@/lib/vocabulary';

/** A list of titles (an organisation's guidelines), in their order. */
export function titlesDescription(titles: readonly string[]): string {
  return titles.join(' · ');
}

/** Verdicts in the order a reader weighs them: what may be used first, prohibitions before silence. */
const verdictsSaid: Verdict[] = ['recommended', 'allowed', 'conditional', 'not-allowed'];

/**
 * A tool's verdicts by organisation: "Region Hovedstaden: allowed in 6 situations, not allowed in
 * 12 situations. KL: not assessed in 24 situations." An organisation whose guidance never decides
 * the tool says just that; otherwise the situations it leaves open go unsaid (the page lists them).
 */
export function toolVerdictsDescription(
  organisations: readonly { name: string; counts: Record<Verdict, number> }[],
  countIn: (verdict: Verdict, count: number) => string,
): string {
  return organisations
    .map(({ name, counts }) => {
      const said = verdictsSaid.filter((v) => counts[v] > 0).map((v) => countIn(v, counts[v]));
      const parts = said.length ? said : [countIn('not-assessed', counts['not-assessed'])];
      return `${name}: ${parts.join(', ')}.`;
    })
    .join(' ');
}

/** One situation at every organisation, each by its first summary sentence: "Region Halland: Use Teams." */
export function situationDescription(organisations: readonly { name: string; sentence: string }[]): string {
  return organisations.map(({ name, sentence }) => `${name}: ${sentence}`).join(' ');
}
