/** The wizard as the pages use it: policies loaded once, decisions by situation. */
import { loadPolicies, rulesetVersion } from './policies';
import { decide, type Outcome, type Situation } from './engine';
import type { OrganisationId } from '@/lib/vocabulary';
import type { Policy } from './schema';

let policies: Record<OrganisationId, Policy> | undefined;
let version: string | undefined;

export function getPolicy(org: OrganisationId): Policy {
  policies ??= loadPolicies();
  return policies[org];
}

export function decideSituation(situation: Situation): Outcome {
  return decide(getPolicy(situation.organisation), situation);
}

export function getRulesetVersion(): string {
  version ??= rulesetVersion();
  return version;
}

export { parseNeeds } from './answers';
export type { Outcome, Situation };

export { toolInOrganisation } from './matrix';
export function getPolicies(): Record<OrganisationId, Policy> {
  policies ??= loadPolicies();
  return policies;
}
