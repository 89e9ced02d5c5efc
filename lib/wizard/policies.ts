/**
 * Loads the policy files for the build. Validation with friendly errors has already run
 * (scripts/check-content.ts); here a plain parse is enough.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { policySchema, type Policy } from './schema';
import { organisationIds, type OrganisationId } from '@/lib/vocabulary';

function read(root: string, org: OrganisationId): string {
  return readFileSync(join(root, 'content/rules', `${org}.yaml`), 'utf8');
}

export function loadPolicies(root = process.cwd()): Record<OrganisationId, Policy> {
  return Object.fromEntries(
    organisationIds.map((org) => [org, policySchema.parse(parse(read(root, org), { merge: true }))]),
  ) as Record<OrganisationId, Policy>;
}

/** A short content hash of all policy files: printed on outcomes so a printout names its ruleset. */
export function rulesetVersion(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const org of organisationIds) hash.update(read(root, org));
  return hash.digest('hex').slice(0, 10);
}
