// For the scale bench's synthetic organisations (scripts/bench/synthetic-organisations.mjs): a renamed
// copy of a policy hashes differently (the hash covers the organisation id), so its latest change note
// is given the hash of the rules it now describes, as an editor would after a change. Run in the scratch
// copy: `tsx scripts/bench/stamp-rulesets.ts synthetic-001 synthetic-002 …`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { policySchema } from '../../lib/wizard/schema';
import { policyRulesetHash } from '../../lib/wizard/ruleset-hash';

for (const id of process.argv.slice(2)) {
  const file = `content/rules/${id}.yaml`;
  const data = parse(readFileSync(file, 'utf8'), { merge: true });
  const last = data.changes?.at(-1);
  if (!last) throw new Error(`${file} › changes: the copied policy has no change note to stamp`);
  last.ruleset = policyRulesetHash(policySchema.parse(data));
  writeFileSync(file, stringify(data));
}
