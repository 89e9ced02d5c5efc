/**
 * Shapes an outcome for reading: verdict groups in display order and the facts the summary
 * line is made of. Pure data; the wording lives in the messages.
 */
import type { Decision, Outcome } from './engine';
import type { NeedId, ToolId, Verdict } from '@/lib/vocabulary';

export interface OutcomeSummary {
  recommended: Decision<ToolId>[];
  allowed: Decision<ToolId>[];
  conditional: Decision<ToolId>[];
  forbiddenNeeds: Decision<NeedId>[];
}

/** Reading order on an outcome page: what you may use, what you must not, then what is undecided. */
const displayOrder: Verdict[] = ['recommended', 'allowed', 'conditional', 'not-allowed', 'not-assessed'];

export function groupByVerdict<T extends { verdict: Verdict }>(decisions: T[]): { verdict: Verdict; items: T[] }[] {
  return displayOrder
    .map((verdict) => ({ verdict, items: decisions.filter((d) => d.verdict === verdict) }))
    .filter((g) => g.items.length > 0);
}

export function summarise(outcome: Outcome): OutcomeSummary {
  const tools = (v: Verdict) => outcome.tools.filter((t) => t.verdict === v);
  return {
    recommended: tools('recommended'),
    allowed: tools('allowed'),
    conditional: tools('conditional'),
    forbiddenNeeds: outcome.needs.filter((n) => n.verdict === 'not-allowed'),
  };
}

/** Every situation, for generateStaticParams and the decision tables. */
export { organisationIds, purposeIds, dataClassIds } from '@/lib/vocabulary';
