/**
 * No normative sentence left unread: every sentence of an original-language page that carries a
 * normative word ("skal", "får inte", "unngå" …) is quoted by a rule or practice of its
 * organisation, or declared informative in content/coverage/{organisation}.yaml with a reason
 * (addressed to IT staff, describes a product, …). Anything else fails the build.
 */
import { z } from 'zod';
import type { Policy } from './schema';
import { fieldPath, type Problem } from '@/lib/content/problems';
import { listFiles } from '@/lib/content/files';
import { loadYaml } from '@/lib/content/yaml';
import { kebabId } from '@/lib/content/schema';
import type { ParsedGuideline } from '@/lib/content/validate-guidelines';
import {
  pageText,
  sectionSpan,
  findQuote,
  sentencesOf,
  normalise,
  overlaps,
  type Sentence,
  type Span,
} from '@/lib/content/quotes';
import { organisationIds, type OrganisationId } from '@/lib/organisations';

export const coverageSchema = z.strictObject({
  organisation: z.enum(organisationIds),
  /** Normative sentences that decide no situation of the wizard, each with why. */
  informative: z
    .array(
      z.strictObject({
        /** The guideline's slug. */
        guideline: kebabId,
        /** The sentence, or enough of it to find it, exactly as on the original-language page. */
        sentence: z.string().trim().min(1),
        /** One line: why it decides no situation (addressed to IT staff, describes a product, …). */
        reason: z.string().trim().min(1),
      }),
    )
    .default([]),
});
export type Coverage = z.infer<typeof coverageSchema>;

export interface CoverageFigures {
  normative: number;
  quoted: number;
  informative: number;
}

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 197)}…` : text);

/**
 * Where the organisation's quotes stand on one original-language page: in the cited section. A
 * citation that does not resolve (a misspelt guideline or section, reported by the quote check)
 * still counts wherever its words stand, so one typo gives one error, not a cascade.
 */
function quotedSpans(
  policy: Policy,
  original: ParsedGuideline,
  page: ReturnType<typeof pageText>,
  slugs: Set<string>,
): Span[] {
  const whole = { start: 0, end: page.text.length };
  const citations = [...policy.rules.flatMap((r) => r.cite), ...policy.practices.flatMap((p) => p.cite)];
  return citations.flatMap((c) => {
    if (c.quote === undefined) return [];
    if (c.guideline === original.data.slug) {
      const span = sectionSpan(page, c.section);
      return findQuote(page, c.quote, span ?? whole) || [];
    }
    return slugs.has(c.guideline) ? [] : findQuote(page, c.quote, whole) || [];
  });
}

function loadCoverage(root: string, org: OrganisationId): { file: string; coverage?: Coverage; problems: Problem[] } {
  const file = `content/coverage/${org}.yaml`;
  if (!listFiles(root, 'content/coverage').includes(file))
    return { file, coverage: { organisation: org, informative: [] }, problems: [] };
  const { data: coverage, problems } = loadYaml(root, file, coverageSchema);
  if (coverage === undefined) return { file, problems };
  if (coverage.organisation !== org)
    problems.push({
      file,
      field: 'organisation',
      problem: `"${coverage.organisation}" does not match the file name`,
      hint: `set organisation: ${org}`,
    });
  return { file, coverage, problems };
}

export function checkCoverage(
  root: string,
  policies: Policy[],
  guidelines: ParsedGuideline[],
): { problems: Problem[]; figures: CoverageFigures } {
  const problems: Problem[] = [];
  const figures: CoverageFigures = { normative: 0, quoted: 0, informative: 0 };
  for (const policy of policies) {
    const org = policy.organisation;
    const { file, coverage, problems: loadProblems } = loadCoverage(root, org);
    problems.push(...loadProblems);
    if (!coverage) continue; // a broken coverage file is reported; do not add a cascade of "uncovered"
    const originals = guidelines.filter(
      (g) => g.data.organisation === org && g.data.locale === g.data.originalLanguage && !g.partial && g.units,
    );
    const slugs = new Set(guidelines.filter((g) => g.data.organisation === org).map((g) => g.data.slug));
    const declared = coverage.informative.map((entry, i) => ({ entry, i, used: false }));
    for (const original of originals) {
      const page = pageText(original.units!);
      const quoted = quotedSpans(policy, original, page, slugs);
      const sentences = sentencesOf(page, original.data.originalLanguage).filter((s) => s.normative);
      for (const sentence of sentences) {
        figures.normative++;
        const isQuoted = quoted.some((q) => overlaps(q, sentence));
        const declaration = declared.find(
          (d) => d.entry.guideline === original.data.slug && sentence.text.includes(normalise(d.entry.sentence)),
        );
        if (declaration) declaration.used = true;
        if (isQuoted && declaration)
          problems.push({
            file,
            field: fieldPath(['informative', declaration.i], coverage),
            problem: `"${excerpt(declaration.entry.sentence)}" is quoted by a rule or practice too`,
            hint: 'remove it from informative: the quote covers it',
          });
        if (isQuoted) figures.quoted++;
        else if (declaration) figures.informative++;
        else problems.push(uncovered(file, org, original, sentence));
      }
    }
    const unreadable = new Set(
      guidelines.filter((g) => g.data.organisation === org && g.units === undefined).map((g) => g.data.slug),
    );
    for (const d of declared.filter((x) => !x.used && !unreadable.has(x.entry.guideline)))
      problems.push({
        file,
        field: fieldPath(['informative', d.i], coverage),
        problem: `"${excerpt(d.entry.sentence)}" stands in no normative sentence of the original "${d.entry.guideline}"`,
        hint: 'copy the words exactly from the original-language page, or remove the entry if the sentence is gone',
      });
  }
  return { problems, figures };
}

function uncovered(file: string, org: string, original: ParsedGuideline, s: Sentence): Problem {
  return {
    file,
    field: `${original.data.slug}#${s.sections.at(-1) ?? '(top)'} (${original.file}:${s.line})`,
    problem: `the normative sentence "${excerpt(s.text)}" ("${s.normative}") is neither quoted nor declared informative`,
    hint: `quote it in a rule or practice of content/rules/${org}.yaml, or add it under informative: with a reason`,
  };
}
