// Lists the decisions that differ between the policies at a git revision and the working tree:
//   npx tsx scripts/diff-decisions.ts [rev=HEAD]
// For reviewing a rule change: every situation × tool or function whose verdict moved.
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { policySchema } from '../lib/wizard/schema';
import { loadPolicies } from '../lib/wizard/policies';
import { diffDecisions } from '../lib/wizard/decision-diff';
import { organisationIds, forOrganisation } from '../lib/organisations';

const rev = process.argv[2] ?? 'HEAD';
const current = loadPolicies();
let total = 0;
for (const org of organisationIds) {
  const text = execFileSync('git', ['show', `${rev}:content/rules/${org}.yaml`], { encoding: 'utf8' });
  const before = policySchema.parse(parse(text, { merge: true }));
  const changes = diffDecisions(before, forOrganisation(current, org));
  total += changes.length;
  for (const c of changes)
    console.log(`${org}\t${c.purpose}/${c.data}\t${c.kind} ${c.subject}\t${c.before} → ${c.after}`);
}
console.log(`${total} decision(s) changed since ${rev}`);
