/** The wizard as the pages use it: policies loaded once per build, decisions by situation. */
import { loadPolicies, rulesetVersion } from './policies';
import { decide, type Outcome, type Situation } from './engine';
import type { OrganisationId } from '@/lib/organisations';
import { forOrganisation } from '@/lib/organisations';
import type { Policy } from './schema';

let policies: Record<OrganisationId, Policy> | undefined;
let version: string | undefined;

export function getPolicies(): Record<OrganisationId, Policy> {
  policies ??= loadPolicies();
  return policies;
}

export function getPolicy(org: OrganisationId): Policy {
  return forOrganisation(getPolicies(), org);
}

export function decideSituation(situation: Situation): Outcome {
  return decide(getPolicy(situation.organisation), situation);
}

export function getRulesetVersion(): string {
  version ??= rulesetVersion();
  return version;
}

export { parseNeeds } from './answers';
export { toolInOrganisation } from './matrix';
export type { Outcome, Situation };
