/** Change notes: the build's checks, and what each policy note changed (pure, over given versions). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { problemsAfter, replaceOnce } from '../helpers/content-fixture';
import { policyNotes } from '@/lib/history/policy-history';
import { guidelineUpdates } from '@/lib/history/view';
import { policySchema } from '@/lib/wizard/schema';
import { policyRulesetHash } from '@/lib/wizard/ruleset-hash';
import { parse } from 'yaml';

const HALLAND = 'content/rules/region-halland.yaml';
const text = readFileSync(HALLAND, 'utf8');
const current = policySchema.parse(parse(text, { merge: true }));
const hash = policyRulesetHash(current);
const NARROWED = 'purposes: [colleagues, case-conference]';
const narrowedText = text.replace('purposes: [colleagues, case-conference, consultation]', NARROWED);
const narrowed = policySchema.parse(parse(narrowedText, { merge: true }));
const note = (date: string, ruleset: string) => ({ date, ruleset, note: { da: 'x', sv: 'x', nb: 'x' } });

describe('the build checks change notes', () => {
  it('fails a rule change without a new change note, naming the hash to record', async () => {
    const lines = await problemsAfter({
      [HALLAND]: replaceOnce('purposes: [colleagues, case-conference, consultation]', NARROWED),
    });
    expect(lines).toEqual([
      `content/rules/region-halland.yaml › changes[0].ruleset: the rules changed since the latest change note ("${hash}"; they now hash to "${policyRulesetHash(narrowed)}"). Hint: add a change note at the end of changes, dated today, saying in da, sv and nb what changed, with ruleset: "${policyRulesetHash(narrowed)}" (see docs/policy.md)`,
    ]);
  });

  it('accepts the same change with its note, and a comment change needs none', async () => {
    const withNote = narrowedText.replace(
      /^rules:/m,
      `  - date: "2026-11-26"\n    ruleset: "${policyRulesetHash(narrowed)}"\n    note: { da: "Snævret.", sv: "Snävare.", nb: "Snevret." }\n\nrules:`,
    );
    expect(await problemsAfter({ [HALLAND]: withNote })).toEqual([]);
    expect(await problemsAfter({ [HALLAND]: (t) => `# a new comment\n${t}` })).toEqual([]);
  });

  it('requires a first note, and notes oldest first', async () => {
    expect(await problemsAfter({ [HALLAND]: replaceOnce(/changes:\n(  .*\n)+/, '') })).toEqual([
      `content/rules/region-halland.yaml › changes: there is no change note. Hint: add one, the first saying when the policy was first published on the portal, with ruleset: "${hash}" (see docs/policy.md)`,
    ]);
    const older = text.replace(
      /^rules:/m,
      `  - date: "2026-11-01"\n    ruleset: "${hash}"\n    note: { da: "x", sv: "x", nb: "x" }\n\nrules:`,
    );
    expect(await problemsAfter({ [HALLAND]: older })).toEqual([
      'content/rules/region-halland.yaml › changes[1].date: 2026-11-01 is earlier than the note before it (2026-11-24). Hint: keep the notes oldest first and add a new note at the end',
    ]);
  });

  it('requires the same note dates in every language version of a guideline', async () => {
    const file = 'content/guidelines/nb/region-halland/video-conferencing-routine.mdx';
    const lines = await problemsAfter({ [file]: replaceOnce('date: "2026-11-24"', 'date: "2026-11-25"') });
    expect(lines).toEqual([
      `${file} › changes: the dates (2026-11-25) differ from content/guidelines/sv/region-halland/video-conferencing-routine.mdx (2026-11-24). Hint: give every language version the same change notes, each in its own language`,
    ]);
  });
});

describe('policyNotes', () => {
  const after = { ...narrowed, changes: [note('2026-11-24', hash), note('2026-11-26', policyRulesetHash(narrowed))] };

  it('diffs each note against the version the note before it records', () => {
    const [first, second] = policyNotes(after, [text]);
    expect(first).toMatchObject({ number: 1, history: 'first', changes: [] });
    expect(second?.history).toBe('available');
    const moved = second!.changes.filter((c) => c.purpose === 'consultation' && c.kind === 'tool');
    // The three tools × the three data classes the rule covered.
    expect([...new Set(moved.map((c) => c.subject))].sort()).toEqual(['cisco-jabber', 'teams', 'visiba-care']);
    expect([...new Set(moved.map((c) => c.data))].sort()).toEqual(['none', 'personal', 'sensitive']);
    expect(moved).toHaveLength(9);
    expect(moved.every((c) => c.before === 'allowed' && c.after !== 'allowed')).toBe(true);
    expect(second!.changes.every((c) => c.purpose === 'consultation')).toBe(true);
  });

  it('says the history is not available without the earlier version, never failing', () => {
    expect(policyNotes(after, undefined).map((n) => n.history)).toEqual(['first', 'not-available']);
    expect(policyNotes(after, []).map((n) => n.history)).toEqual(['first', 'not-available']);
    // An old version today's schema cannot read counts as missing.
    expect(policyNotes(after, ['organisation: region-halland\nrules: nonsense\n'])[1]?.history).toBe('not-available');
  });
});

describe('guidelineUpdates', () => {
  it('gives published, last updated and the notes newest first with stable anchors', () => {
    const u = guidelineUpdates([
      { date: '2026-11-24', note: 'first' },
      { date: '2026-12-02', note: 'second' },
    ]);
    expect(u).toMatchObject({ published: '2026-11-24', updated: '2026-12-02' });
    expect(u.notes.map((n) => [n.anchor, n.note])).toEqual([
      ['update-2', 'second'],
      ['update-1', 'first'],
    ]);
  });
});
