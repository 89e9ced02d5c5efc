/**
 * Loads the policy files for the build. They were checked before the build (scripts/check-content.ts);
 * should one be broken all the same, the error names file and field in the same format.
 */
import { createHash } from 'node:crypto';
import { policySchema, type Policy } from './schema';
import { readYaml } from '@/lib/content/yaml';
import { readText } from '@/lib/content/files';
import { organisationIds, type OrganisationId } from '@/lib/organisations';

const policyFile = (org: OrganisationId) => `content/rules/${org}.yaml`;

export function loadPolicies(root = process.cwd()): Record<OrganisationId, Policy> {
  return Object.fromEntries(
    organisationIds.map((org) => [org, readYaml(root, policyFile(org), policySchema)]),
  ) as Record<OrganisationId, Policy>;
}

/** A short content hash of all policy files: printed on outcomes so a printout names its ruleset. */
export function rulesetVersion(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const org of organisationIds) hash.update(readText(root, policyFile(org)));
  return hash.digest('hex').slice(0, 10);
}
