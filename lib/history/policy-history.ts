/**
 * What each change note of a policy changed: the decisions (situation × tool or function) whose
 * verdict moved, computed by running the pure engine on the policy before and after the note.
 * Pure: the versions come in from the caller (lib/history/git.ts reads them from the repository).
 *
 * A note's "after" is the version whose ruleset hash the note records; its "before" is the version
 * the note before it records. Where either cannot be found (no history, a shallow clone, an old
 * version that today's schema cannot read) the note's history is "not available".
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { policySchema, type ChangeNote, type Policy } from '@/lib/wizard/schema';
import { policyRulesetHash } from '@/lib/wizard/ruleset-hash';
import { diffDecisions, type DecisionChange } from '@/lib/wizard/decision-diff';

export type NoteHistory = 'first' | 'available' | 'not-available';

export interface PolicyNote extends ChangeNote {
  /** 1-based place among the policy's notes (stable: notes are only ever added at the end). */
  number: number;
  history: NoteHistory;
  /** The decisions whose verdict moved (empty for the first note and where history is not available). */
  changes: DecisionChange[];
}

/** Old versions are read leniently: whatever their change notes looked like, the rules decide. */
const historicPolicy = policySchema.extend({ changes: z.unknown().optional() });

/** A committed version of the policy file read as a policy, or undefined when it does not parse today. */
export function readHistoricPolicy(text: string): Policy | undefined {
  try {
    const parsed = historicPolicy.safeParse(parse(text, { merge: true }));
    return parsed.success ? { ...parsed.data, changes: [] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The notes of `current`, each with what it changed. `versions` are the texts of the file in the
 * repository's history (any order), or undefined where there is no history.
 */
export function policyNotes(current: Policy, versions: readonly string[] | undefined): PolicyNote[] {
  const byHash = new Map<string, Policy>();
  for (const text of versions ?? []) {
    const policy = readHistoricPolicy(text);
    if (policy && policy.organisation === current.organisation) byHash.set(policyRulesetHash(policy), policy);
  }
  byHash.set(policyRulesetHash(current), current);
  return current.changes.map((note, i) => {
    const number = i + 1;
    if (i === 0) return { ...note, number, history: 'first', changes: [] };
    const before = byHash.get(current.changes[i - 1]!.ruleset);
    const after = byHash.get(note.ruleset);
    return before && after
      ? { ...note, number, history: 'available', changes: diffDecisions(before, after) }
      : { ...note, number, history: 'not-available', changes: [] };
  });
}
