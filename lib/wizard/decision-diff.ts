/**
 * Every decision a policy makes (situation × tool or function), and the difference between two
 * policies: what a rule change moves. Pure; used by `scripts/diff-decisions.ts` for review.
 */
import { decide } from './engine';
import type { Policy } from './schema';
import { purposeIds, dataClassIds, type DataClassId, type PurposeId, type Verdict } from '@/lib/vocabulary';

export interface DecisionRow {
  purpose: PurposeId;
  data: DataClassId;
  kind: 'tool' | 'need';
  subject: string;
  verdict: Verdict;
}

export function allDecisions(policy: Policy): DecisionRow[] {
  return purposeIds.flatMap((purpose) =>
    dataClassIds.flatMap((data) => {
      const o = decide(policy, { organisation: policy.organisation, purpose, data });
      return [
        ...o.tools.map((d) => ({ purpose, data, kind: 'tool' as const, subject: d.subject, verdict: d.verdict })),
        ...o.needs.map((d) => ({ purpose, data, kind: 'need' as const, subject: d.subject, verdict: d.verdict })),
      ];
    }),
  );
}

export interface DecisionChange extends Omit<DecisionRow, 'verdict'> {
  before: Verdict;
  after: Verdict;
}

const key = (r: Omit<DecisionRow, 'verdict'>) => `${r.purpose}/${r.data}/${r.kind}/${r.subject}`;

/** Decisions whose verdict differs between two versions of one organisation's policy. */
export function diffDecisions(before: Policy, after: Policy): DecisionChange[] {
  const old = new Map(allDecisions(before).map((r) => [key(r), r.verdict]));
  return allDecisions(after).flatMap((r) => {
    const previous = old.get(key(r)) ?? 'not-assessed';
    return previous === r.verdict ? [] : [{ ...r, before: previous, after: r.verdict }];
  });
}
