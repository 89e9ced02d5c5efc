/**
 * A policy change as an editor makes it, in a temporary repository: Region Halland's own
 * applications no longer cover consultations (a rule narrowed), with its change note, committed
 * after a first commit of the real content. Used by tests/history and e2e/updates-diff.spec.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { computeHistory, type HistoryData } from '@/lib/history/build';
import { policySchema } from '@/lib/wizard/schema';
import { policyRulesetHash } from '@/lib/wizard/ruleset-hash';

export const NARROWED_FILE = 'content/rules/region-halland.yaml';

/** Narrows the rule in `root` and appends its change note (with the new ruleset hash). */
export function narrowRule(root: string) {
  const file = join(root, NARROWED_FILE);
  const narrowed = readFileSync(file, 'utf8').replace(
    'purposes: [colleagues, case-conference, consultation]',
    'purposes: [colleagues, case-conference]',
  );
  const hash = policyRulesetHash(policySchema.parse(parse(narrowed, { merge: true })));
  const note =
    `  - date: "2026-11-26"\n    ruleset: "${hash}"\n    note:\n` +
    `      da: "Regionens egne applikationer gælder ikke længere videokonsultationer."\n` +
    `      sv: "Regionens egna applikationer gäller inte längre videokonsultationer."\n` +
    `      nb: "Regionens egne applikasjoner gjelder ikke lenger videokonsultasjoner."\n\nrules:`;
  writeFileSync(file, narrowed.replace(/^rules:/m, note));
}

/** A copy of content/ in a new folder: a git repository with two commits, or (history: false) none. */
export function narrowedCheckout({ history }: { history: boolean }): string {
  const root = mkdtempSync(join(tmpdir(), 'history-repo-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'user.name=test', '-c', 'user.email=test@local', ...args], {
      stdio: 'ignore',
    });
  if (history) {
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'first published');
  }
  narrowRule(root);
  if (history) git('commit', '-q', '-am', 'narrow a rule, with its change note');
  return root;
}

/** The history computed on such a checkout (which is removed afterwards). */
export function narrowedHistory({ history }: { history: boolean }): HistoryData {
  const root = narrowedCheckout({ history });
  try {
    return computeHistory(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
