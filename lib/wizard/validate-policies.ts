/**
 * Build-time checks of the policy files, reported in the friendly format. The engine assumes
 * what this proves: known ids, citations that resolve in every language, no verdict without a
 * citation, and no rule pair that both recommends and forbids the same thing.
 */
import { policySchema, type Citation, type Policy, type Rule } from './schema';
import { policyRulesetHash } from './ruleset-hash';
import { noteOrderProblems } from '@/lib/history/notes';
import { pageText, sectionSpan, findQuote } from '@/lib/content/quotes';
import { ruleCoversTool, ruleCoversNeed } from './engine';
import { fieldPath, type Problem } from '@/lib/content/problems';
import { loadYamlFolder } from '@/lib/content/yaml';
import type { ParsedGuideline } from '@/lib/content/validate-guidelines';
import { locales } from '@/lib/i18n/routing';
import { purposeIds, dataClassIds, toolIds, needIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';

const expand = <T extends string>(sel: 'all' | T[], all: readonly T[]): T[] => (sel === 'all' ? [...all] : sel);

function overlaps(a: Rule, b: Rule): boolean {
  const purposes = expand(a.purposes, purposeIds).filter((p) => expand(b.purposes, purposeIds).includes(p));
  const data = expand(a.data, dataClassIds).filter((d) => expand(b.data, dataClassIds).includes(d));
  return purposes.length > 0 && data.length > 0;
}

function sharedSubjects(a: Rule, b: Rule): string[] {
  return [
    ...toolIds.filter((t) => ruleCoversTool(a, t) && ruleCoversTool(b, t)),
    ...needIds.filter((n) => ruleCoversNeed(a, n) && ruleCoversNeed(b, n)),
  ];
}

type At = (...path: PropertyKey[]) => string;

/** Every check of one valid policy beyond its schema, rule by rule, then practices, then contradictions. */
function policyProblems(file: string, policy: Policy, guidelines: ParsedGuideline[]): Problem[] {
  /** A path in this policy, printed as every message prints it. */
  const at: At = (...path) => fieldPath(path, policy);
  const cited = (path: PropertyKey[], c: Citation, quoteRequired: boolean) =>
    citationProblems(file, (...rest) => at(...path, ...rest), c, policy, guidelines, quoteRequired);
  const problems = [
    ...policy.rules.flatMap((rule, i) => [
      ...ruleProblems(file, policy, i, at),
      ...rule.cite.flatMap((c, j) => cited(['rules', i, 'cite', j], c, rule.verdict !== 'not-assessed')),
    ]),
    ...policy.practices.flatMap((p, i) => p.cite.flatMap((c, j) => cited(['practices', i, 'cite', j], c, true))),
    ...contradictionProblems(file, policy, at),
  ];
  // The hash to record is only worth printing once the rules are right: it changes with every fix.
  return [...problems, ...changeNoteProblems(file, policy, problems.length === 0)];
}

/**
 * The change notes: at least the first, oldest first, and the latest names the rules as they stand.
 * A rule change without a new note fails here, with the hash to write in the new note (once the
 * policy has no other problem: each fix would change the hash again).
 */
function changeNoteProblems(file: string, policy: Policy, rulesFinal: boolean): Problem[] {
  const hash = policyRulesetHash(policy);
  const latest = policy.changes.at(-1);
  if (!latest)
    return [
      {
        file,
        field: 'changes',
        problem: 'there is no change note',
        hint: `add one, the first saying when the policy was first published on the portal, with ruleset: "${hash}" (see docs/policy.md)`,
      },
    ];
  const problems = noteOrderProblems(
    file,
    policy.changes.map((c) => c.date),
  );
  if (rulesFinal && latest.ruleset !== hash)
    problems.push({
      file,
      field: `changes[${policy.changes.length - 1}].ruleset`,
      problem: `the rules changed since the latest change note ("${latest.ruleset}"; they now hash to "${hash}")`,
      hint: `add a change note at the end of changes, dated today, saying in da, sv and nb what changed, with ruleset: "${hash}" (see docs/policy.md)`,
    });
  return problems;
}

function ruleProblems(file: string, policy: Policy, i: number, at: At): Problem[] {
  const rule = policy.rules[i]!;
  const problems: Problem[] = [];
  if (policy.rules.slice(0, i).some((r) => r.id === rule.id))
    problems.push({
      file,
      field: at('rules', i, 'id'),
      problem: 'is used by an earlier rule too',
      hint: 'give every rule its own id',
    });
  const subjects = rule.tools
    ? toolIds.filter((t) => ruleCoversTool(rule, t))
    : needIds.filter((n) => ruleCoversNeed(rule, n));
  if (
    expand(rule.purposes, purposeIds).length === 0 ||
    expand(rule.data, dataClassIds).length === 0 ||
    subjects.length === 0
  )
    problems.push({
      file,
      field: at('rules', i),
      problem: 'matches no situation (an empty list of purposes, data, tools or needs)',
      hint: 'list at least one of each, or delete the rule',
    });
  if (rule.verdict !== 'not-assessed' && rule.cite.length === 0)
    problems.push({
      file,
      field: at('rules', i, 'cite'),
      problem: `the verdict "${rule.verdict}" has no citation`,
      hint: 'add cite: [{ guideline: <slug>, section: <section id> }] for the passage it rests on',
    });
  return problems;
}

/**
 * A rule that recommends and one that forbids the same tool in the same situation: "most restrictive
 * wins" would silently turn the recommendation into a ban, so the policy owner must narrow one of them.
 */
function contradictionProblems(file: string, policy: Policy, at: At): Problem[] {
  return policy.rules.flatMap((a, i) =>
    policy.rules.slice(i + 1).flatMap((b, k): Problem[] => {
      const pair = [a.verdict, b.verdict].sort().join(' ');
      if (pair !== 'not-allowed recommended' || !overlaps(a, b)) return [];
      const shared = sharedSubjects(a, b);
      if (shared.length === 0) return [];
      return [
        {
          file,
          field: at('rules', i + k + 1),
          problem: `contradicts rule "${a.id}": one recommends and the other forbids ${shared.join(', ')} in the same situation`,
          hint: 'narrow the purposes or data of one rule, or use exceptTools, so that only one applies',
        },
      ];
    }),
  );
}

/** Where a citation stands, and `at(...rest)` the path of one of its fields. */
type CitationAt = (...rest: PropertyKey[]) => string;

function citationProblems(
  file: string,
  at: CitationAt,
  c: Citation,
  policy: Policy,
  guidelines: ParsedGuideline[],
  quoteRequired: boolean,
): Problem[] {
  const field = at();
  const versions = guidelines.filter((g) => g.data.slug === c.guideline);
  if (versions.length === 0)
    return [
      {
        file,
        field,
        problem: `cites the guideline "${c.guideline}", which does not exist`,
        hint: `use one of: ${[...new Set(guidelines.filter((g) => g.data.organisation === policy.organisation).map((g) => g.data.slug))].join(', ')}`,
      },
    ];
  const problems: Problem[] = [];
  if (versions[0]!.data.organisation !== policy.organisation)
    problems.push({
      file,
      field,
      problem: `cites "${c.guideline}", a guideline of ${versions[0]!.data.organisation}`,
      hint: 'cite the organisation’s own guidance',
    });
  // A page that does not parse has no headings to check: its syntax error is reported already.
  const sectionMissing = (v: ParsedGuideline) => v.headings?.some((h) => h.id === c.section) === false;
  const original = versions.find((g) => g.data.locale === g.data.originalLanguage && !g.partial);
  if (original && !sectionMissing(original)) problems.push(...quoteProblems(file, at, c, original, quoteRequired));
  for (const locale of locales) {
    const version = versions.find((g) => g.data.locale === locale);
    if (!version)
      problems.push({
        file,
        field,
        problem: `cites "${c.guideline}", which has no ${locale} version`,
        hint: `add content/guidelines/${locale}/${policy.organisation}/${c.guideline}.mdx`,
      });
    else if (sectionMissing(version))
      problems.push({
        file,
        field,
        problem: `section "${c.section}" does not exist in ${version.file}`,
        hint: `use one of its section ids: ${(version.headings ?? []).map((h) => h.id).join(', ')}`,
      });
  }
  return problems;
}

/** The quote must stand in the cited section of the original; the other languages need a translation. */
function quoteProblems(
  file: string,
  at: CitationAt,
  c: Citation,
  original: ParsedGuideline,
  required: boolean,
): Problem[] {
  const language = original.data.originalLanguage;
  if (c.quote === undefined)
    return required
      ? [
          {
            file,
            field: at('quote'),
            problem: 'is missing: every verdict and practice carries the words it rests on',
            hint: `copy the decisive words from section "${c.section}" of ${original.file} (in ${language})`,
          },
        ]
      : [];
  if (original.units === undefined) return []; // the page does not parse: that error says it all
  const problems: Problem[] = [];
  const page = pageText(original.units);
  const span = sectionSpan(page, c.section);
  if (!span || !findQuote(page, c.quote, span))
    problems.push({
      file,
      field: at('quote'),
      problem: `"${c.quote}" does not stand in section "${c.section}" of ${original.file}`,
      hint: 'copy the words exactly from that section (quotation marks, dashes and spaces may differ; leave words out with …)',
    });
  for (const locale of locales) {
    const translation = c.translation?.[locale];
    if (locale === language && translation !== undefined)
      problems.push({
        file,
        field: at('translation', locale),
        problem: `is the source's own language (${language}): the quote itself is shown there`,
        hint: `remove translation.${locale}`,
      });
    if (locale !== language && translation === undefined)
      problems.push({
        file,
        field: at('translation', locale),
        problem: 'is missing: pages in this language show the quote translated',
        hint: `add translation: { ${locales
          .filter((l) => l !== language)
          .map((l) => `${l}: "…"`)
          .join(', ')} }`,
      });
  }
  return problems;
}

export function validatePolicies(
  root: string,
  guidelines: ParsedGuideline[],
): { policies: Policy[]; problems: Problem[] } {
  const { items, problems } = loadYamlFolder(root, {
    dir: 'content/rules',
    schema: policySchema,
    nameField: 'organisation',
    expected: organisationIds,
    missing: (org) => ({
      problem: `the organisation "${org}" has no policy file`,
      hint: 'create it (see docs/policy.md)',
    }),
    check: (file, policy) => policyProblems(file, policy, guidelines),
  });
  return { policies: items, problems };
}
