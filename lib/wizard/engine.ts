/**
 * The decision engine: pure functions from a policy and a situation to verdicts. No React,
 * no Next, no I/O. Semantics (docs/policy.md):
 *  - the most restrictive matching rule wins (not-allowed > conditional > allowed > recommended);
 *  - a `not-assessed` rule is a note: it applies only when no other rule matches;
 *  - a tool no rule names is `not-assessed`, or `not-allowed` when the policy is exhaustive;
 *  - conditions and citations come from every matching rule with the winning verdict.
 */
import {
  toolIds,
  needIds,
  type DataClassId,
  type NeedId,
  type PurposeId,
  type ToolId,
  type Verdict,
} from '@/lib/vocabulary';
import { type OrganisationId } from '@/lib/organisations';
import { citationKey, type Citation, type Policy, type Practice, type Rule } from './schema';

export interface Situation {
  organisation: OrganisationId;
  purpose: PurposeId;
  data: DataClassId;
}

export type LocalisedText = Rule['conditions'][number];

export interface Decision<Subject extends string> {
  subject: Subject;
  verdict: Verdict;
  conditions: LocalisedText[];
  citations: Citation[];
  short?: LocalisedText;
  /** The rules that produced the verdict (empty for a default). */
  ruleIds: string[];
}

export interface Outcome {
  situation: Situation;
  tools: Decision<ToolId>[];
  needs: Decision<NeedId>[];
  practices: Practice[];
}

/** Restrictiveness: higher wins. */
const weight: Record<Verdict, number> = {
  'not-assessed': -1,
  recommended: 0,
  allowed: 1,
  conditional: 2,
  'not-allowed': 3,
};

/** Ordering for display and for the matrix: best first. */
export const verdictOrder: Verdict[] = ['recommended', 'allowed', 'conditional', 'not-assessed', 'not-allowed'];

function selects<T extends string>(selector: 'all' | T[], id: T): boolean {
  return selector === 'all' || selector.includes(id);
}

export function ruleCoversSituation(
  rule: Pick<Rule, 'purposes' | 'data'>,
  s: Pick<Situation, 'purpose' | 'data'>,
): boolean {
  return selects(rule.purposes, s.purpose) && selects(rule.data, s.data);
}

export function ruleCoversTool(rule: Rule, tool: ToolId): boolean {
  return rule.tools !== undefined && selects(rule.tools, tool) && !(rule.exceptTools ?? []).includes(tool);
}

export function ruleCoversNeed(rule: Rule, need: NeedId): boolean {
  return rule.needs !== undefined && selects(rule.needs, need);
}

/** Each passage once, first occurrence first. */
export function uniqueCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => !seen.has(citationKey(c)) && seen.add(citationKey(c)));
}

/** Combines the rules that match one subject into its decision. */
export function combine<S extends string>(subject: S, matching: Rule[], fallback: Verdict): Decision<S> {
  const decisive = matching.filter((r) => r.verdict !== 'not-assessed');
  const pool = decisive.length ? decisive : matching;
  if (pool.length === 0) return { subject, verdict: fallback, conditions: [], citations: [], ruleIds: [] };
  const verdict = pool.reduce<Verdict>((v, r) => (weight[r.verdict] > weight[v] ? r.verdict : v), pool[0]!.verdict);
  const winners = pool.filter((r) => r.verdict === verdict);
  return {
    subject,
    verdict,
    conditions: winners.flatMap((r) => r.conditions),
    citations: uniqueCitations(winners.flatMap((r) => r.cite)),
    short: winners.find((r) => r.short)?.short,
    ruleIds: winners.map((r) => r.id),
  };
}

/** The verdict for every tool and function, and the practices, in one situation. */
export function decide(policy: Policy, situation: Situation): Outcome {
  const rules = policy.rules.filter((r) => ruleCoversSituation(r, situation));
  const toolFallback: Verdict = policy.exhaustive ? 'not-allowed' : 'not-assessed';
  return {
    situation,
    tools: toolIds.map((tool) =>
      combine(
        tool,
        rules.filter((r) => ruleCoversTool(r, tool)),
        toolFallback,
      ),
    ),
    needs: needIds.map((need) =>
      combine(
        need,
        rules.filter((r) => ruleCoversNeed(r, need)),
        'not-assessed',
      ),
    ),
    practices: policy.practices.filter((p) => ruleCoversSituation(p, situation)),
  };
}

/** The best verdict in a list, in the order recommended > allowed > conditional > not-assessed > not-allowed. */
export function bestVerdict(verdicts: Verdict[]): Verdict {
  return verdictOrder.find((v) => verdicts.includes(v)) ?? 'not-assessed';
}
