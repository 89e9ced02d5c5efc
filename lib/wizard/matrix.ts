/**
 * The tool × organisation view, computed by the engine over every situation (never typed by hand).
 */
import { decide, bestVerdict, type Decision, type Situation } from './engine';
import type { Policy } from './schema';
import {
  organisationIds,
  purposeIds,
  dataClassIds,
  type OrganisationId,
  type ToolId,
  type Verdict,
} from '@/lib/vocabulary';

export interface ToolInOrganisation {
  status: Verdict;
  /** Every situation with the tool's decision there. */
  situations: { situation: Situation; decision: Decision<ToolId> }[];
}

export function toolInOrganisation(policy: Policy, tool: ToolId): ToolInOrganisation {
  const situations = purposeIds.flatMap((purpose) =>
    dataClassIds.map((data) => {
      const situation = { organisation: policy.organisation, purpose, data };
      return { situation, decision: decide(policy, situation).tools.find((t) => t.subject === tool)! };
    }),
  );
  return { status: bestVerdict(situations.map((s) => s.decision.verdict)), situations };
}

export function matrix(
  policies: Record<OrganisationId, Policy>,
  tools: readonly ToolId[],
): Record<ToolId, Record<OrganisationId, Verdict>> {
  return Object.fromEntries(
    tools.map((tool) => [
      tool,
      Object.fromEntries(organisationIds.map((org) => [org, toolInOrganisation(policies[org], tool).status])),
    ]),
  ) as Record<ToolId, Record<OrganisationId, Verdict>>;
}
