/**
 * The tool × organisation views, computed by the engine over every situation (never typed by hand).
 *
 *  - `situationMatrix`: one situation (purpose × data), the wizard's verdict for every tool at every
 *    organisation: what `/{locale}/tools/matrix/{purpose}/{data}/` shows.
 *  - `verdictCounts` / `countsOverview`: per tool and organisation, how many of the organisation's 24
 *    situations give each verdict: what `/{locale}/tools/` shows. A count never hides a prohibition
 *    the way a single "best verdict" would.
 *  - `overviewRows` / `situationRows`: those, as the pages' rows grouped by tool kind.
 *
 * Pure: policies in, data out; no React, no Next, no I/O.
 */
import { decide, bestVerdict, type Decision, type Outcome, type Situation } from './engine';
import type { Policy } from './schema';
import {
  purposeIds,
  dataClassIds,
  toolIds,
  toolKinds,
  verdictIds,
  type DataClassId,
  type PurposeId,
  type ToolId,
  type ToolKind,
  type Verdict,
} from '@/lib/vocabulary';
import { organisationIds, type OrganisationId, forOrganisation } from '@/lib/organisations';

/** A situation without the organisation: the axis of the situation matrices. */
export interface MatrixSituation {
  purpose: PurposeId;
  data: DataClassId;
}

/** The 24 situations (6 purposes × 4 data classes), purpose-major, in vocabulary order. */
export const matrixSituations: readonly MatrixSituation[] = purposeIds.flatMap((purpose) =>
  dataClassIds.map((data) => ({ purpose, data })),
);

export type VerdictCounts = Record<Verdict, number>;

export interface ToolInOrganisation {
  /**
   * The best verdict in any situation. Used by the tool pages and search cards as a summary; never
   * as a matrix cell (it hides prohibitions: use `counts`).
   */
  status: Verdict;
  /** How many of the 24 situations give each verdict. */
  counts: VerdictCounts;
  /** Every situation with the tool's decision there. */
  situations: { situation: Situation; decision: Decision<ToolId> }[];
}

/** Tallies verdicts; every verdict is present (0 when absent). */
export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  const counts = Object.fromEntries(verdictIds.map((v) => [v, 0])) as VerdictCounts;
  for (const v of verdicts) counts[v] += 1;
  return counts;
}

const outcomesByPolicy = new WeakMap<Policy, Outcome[]>();

/**
 * The 24 outcomes of one organisation, in `matrixSituations` order, decided once per policy object
 * and kept (the engine is pure and policies are not changed after loading). Without it the search
 * page's tool cards decided every situation again for each tool × organisation: at 100
 * organisations, 84,000 runs of the engine per page, and Next's 60-second page limit ran out.
 */
function outcomesOf(policy: Policy): Outcome[] {
  let outcomes = outcomesByPolicy.get(policy);
  if (!outcomes) {
    outcomes = matrixSituations.map((s) => decide(policy, { organisation: policy.organisation, ...s }));
    outcomesByPolicy.set(policy, outcomes);
  }
  return outcomes;
}

export function toolInOrganisation(policy: Policy, tool: ToolId): ToolInOrganisation {
  const situations = outcomesOf(policy).map((outcome) => ({
    situation: outcome.situation,
    decision: outcome.tools.find((t) => t.subject === tool)!,
  }));
  const verdicts = situations.map((s) => s.decision.verdict);
  return { status: bestVerdict(verdicts), counts: countVerdicts(verdicts), situations };
}

/** In how many of the organisation's 24 situations the tool gets each verdict (they sum to 24). */
export function verdictCounts(policy: Policy, tool: ToolId): VerdictCounts {
  return toolInOrganisation(policy, tool).counts;
}

/** `verdictCounts` for every tool × organisation, deciding each situation once. */
export function countsOverview(
  policies: Record<OrganisationId, Policy>,
  tools: readonly ToolId[] = toolIds,
): Record<ToolId, Record<OrganisationId, VerdictCounts>> {
  const outcomes = Object.fromEntries(
    organisationIds.map((org) => [org, outcomesOf(forOrganisation(policies, org))]),
  ) as Record<OrganisationId, ReturnType<typeof outcomesOf>>;
  return Object.fromEntries(
    tools.map((tool) => [
      tool,
      Object.fromEntries(
        organisationIds.map((org) => [
          org,
          countVerdicts(forOrganisation(outcomes, org).map((o) => o.tools.find((t) => t.subject === tool)!.verdict)),
        ]),
      ),
    ]),
  ) as Record<ToolId, Record<OrganisationId, VerdictCounts>>;
}

/** One situation: the wizard's verdict for each tool at each organisation. */
export type SituationMatrix = Record<ToolId, Record<OrganisationId, Verdict>>;

export function situationMatrix(
  policies: Record<OrganisationId, Policy>,
  situation: MatrixSituation,
  tools: readonly ToolId[] = toolIds,
): SituationMatrix {
  const outcomes = organisationIds.map((org) =>
    decide(forOrganisation(policies, org), { organisation: org, ...situation }),
  );
  return Object.fromEntries(
    tools.map((tool) => [
      tool,
      Object.fromEntries(
        outcomes.map((o) => [o.situation.organisation, o.tools.find((t) => t.subject === tool)!.verdict]),
      ),
    ]),
  ) as SituationMatrix;
}

/** Reading order of the counts: a prohibition first, then from the best verdict down, undecided last. */
export const countsDisplayOrder: readonly Verdict[] = [
  'not-allowed',
  'recommended',
  'allowed',
  'conditional',
  'not-assessed',
];

/** The non-zero counts in reading order. */
export function nonZeroCounts(counts: VerdictCounts): { verdict: Verdict; count: number }[] {
  return countsDisplayOrder.map((verdict) => ({ verdict, count: counts[verdict] })).filter((c) => c.count > 0);
}

/** What the matrices need of a tool: its id, name and kind (lib/content's Tool has these). */
export interface MatrixTool {
  id: ToolId;
  name: string;
  kind: ToolKind;
}

/** Tools in rows grouped by kind, in vocabulary order; `row` adds each row's cells. */
function byKind<T extends MatrixTool, R>(tools: readonly T[], row: (tool: T) => R): { kind: ToolKind; rows: R[] }[] {
  return toolKinds.map((kind) => ({ kind, rows: tools.filter((tool) => tool.kind === kind).map(row) }));
}

/** A row of the overview: per organisation, how many of its 24 situations give each verdict. */
export interface OverviewRow<T extends MatrixTool = MatrixTool> {
  tool: T;
  counts: Record<OrganisationId, VerdictCounts>;
}

/** The rows of `/{locale}/tools/`, grouped by kind. */
export function overviewRows<T extends MatrixTool>(policies: Record<OrganisationId, Policy>, tools: readonly T[]) {
  const counts = countsOverview(
    policies,
    tools.map((tool) => tool.id),
  );
  return byKind(tools, (tool): OverviewRow<T> => ({ tool, counts: counts[tool.id] }));
}

/** A row of a situation matrix: the verdict per organisation. */
export interface SituationRow<T extends MatrixTool = MatrixTool> {
  tool: T;
  verdicts: Record<OrganisationId, Verdict>;
}

/** The rows of `/{locale}/tools/matrix/{purpose}/{data}/`, grouped by kind. */
export function situationRows<T extends MatrixTool>(
  policies: Record<OrganisationId, Policy>,
  situation: MatrixSituation,
  tools: readonly T[],
) {
  const cells = situationMatrix(
    policies,
    situation,
    tools.map((tool) => tool.id),
  );
  return byKind(tools, (tool): SituationRow<T> => ({ tool, verdicts: cells[tool.id] }));
}
