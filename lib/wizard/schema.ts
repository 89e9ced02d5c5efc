/**
 * The policy file format (content/rules/{organisation}.yaml). Documented for policy owners in
 * docs/policy.md; this schema is the reference. Semantics live in engine.ts.
 */
import { z } from 'zod';
import { kebabId, perLocale } from '@/lib/content/schema';
import { purposeIds, dataClassIds, needIds, toolIds, verdictIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';

const words = z.string().trim().min(1);

/** A passage a verdict rests on: a guideline slug and a section id present in every language. */
export const citationSchema = z.strictObject({
  guideline: kebabId,
  section: kebabId,
  /**
   * The source's own words that the verdict rests on, in the source's language, exactly as they
   * stand in the cited section of the original-language page (the build checks it). Leave words
   * out with "…". Required on the citations of every rule with a verdict and of every practice.
   */
  quote: words.optional(),
  /** The quote in the portal's two other languages; shown there marked as a translation. */
  translation: z.strictObject({ da: words.optional(), sv: words.optional(), nb: words.optional() }).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** One passage: the same section quoted with the same words (a section may be cited for several quotes). */
export const citationKey = (c: Citation) => `${c.guideline}#${c.section}|${c.quote ?? ''}`;

/** `all`, or a list of ids. */
const selector = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.union([z.literal('all'), z.array(z.enum(ids))]);

export const ruleSchema = z
  .strictObject({
    /** Unique within the file; appears in the decision table and in error messages. */
    id: kebabId,
    /** Situations the rule covers. */
    purposes: selector(purposeIds),
    data: selector(dataClassIds),
    /** What it decides: tools, or functions (needs). Exactly one of the two. */
    tools: selector(toolIds).optional(),
    /** With `tools: all`: tools the rule leaves out. */
    exceptTools: z.array(z.enum(toolIds)).optional(),
    needs: selector(needIds).optional(),
    verdict: z.enum(verdictIds),
    /** A few words for the outcome's summary line, per language (optional). */
    short: perLocale.optional(),
    /** What the user must do or respect, per language. */
    conditions: z.array(perLocale).default([]),
    /** Required for every verdict but `not-assessed`. */
    cite: z.array(citationSchema).default([]),
  })
  .refine((r) => (r.tools === undefined) !== (r.needs === undefined), {
    message: 'a rule decides either tools or needs',
    path: ['tools'],
  });
export type Rule = z.infer<typeof ruleSchema>;

/** Advice the source gives for a situation, not tied to one tool (closed room, clean desk …). */
export const practiceSchema = z.strictObject({
  id: kebabId,
  purposes: selector(purposeIds),
  data: selector(dataClassIds),
  text: perLocale,
  cite: z.array(citationSchema).min(1),
});
export type Practice = z.infer<typeof practiceSchema>;

/**
 * A dated note of what changed in the policy, in every language: the portal's own record (shown on
 * the organisation page and in the feeds), distinct from the source's version and review dates.
 * The first note says the policy was first published on the portal; each later note names the rule
 * change it describes. `ruleset` is the policy's ruleset hash after that change
 * (lib/wizard/ruleset-hash.ts); the build fails when the latest note's hash is not the file's own.
 */
export const changeNoteSchema = z.strictObject({
  date: z.iso.date(),
  ruleset: z.string().regex(/^[0-9a-f]{12}$/, 'write the 12 hex characters the build prints, e.g. "3f2a9c01b7de"'),
  note: perLocale,
});
export type ChangeNote = z.infer<typeof changeNoteSchema>;

export const policySchema = z.strictObject({
  organisation: z.enum(organisationIds),
  /** True only when the source itself says its list of tools is complete. */
  exhaustive: z.boolean(),
  /** Change notes, oldest first (add a new one at the end); required in content/rules (the build checks). */
  changes: z.array(changeNoteSchema).default([]),
  rules: z.array(ruleSchema).min(1),
  practices: z.array(practiceSchema).default([]),
});
export type Policy = z.infer<typeof policySchema>;
