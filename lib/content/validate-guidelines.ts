import { guidelineFrontMatter, kebabId, type GuidelineFrontMatter } from './schema';
import type { Problem } from './problems';
import { listFiles, readText, splitFrontMatter } from './files';
import { validateYaml } from './yaml';
import { outlineOf, mdxComponentNames, type Heading, type Outline } from './mdx-outline';
import { parseMdx } from './mdx-tree';
import { textUnits, type TextUnit } from './source-text';
import { isLocale } from '@/lib/i18n/routing';
import { groupBy } from '@/lib/group-by';
import { organisationIds, toolIds } from '@/lib/vocabulary';

export interface ParsedGuideline {
  file: string;
  data: GuidelineFrontMatter;
  /**
   * The section headings, and the words of the page by section (lines are the file's): what
   * citations and quotes are checked against. Both are undefined when the MDX does not parse:
   * its syntax error is reported once, not again as every citation of the page.
   */
  headings?: Heading[];
  units?: TextUnit[];
  /** True when the front matter is invalid: `data` then holds only what the path says. */
  partial?: boolean;
}

const PATH = /^content\/guidelines\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/;

/**
 * The page read once: its outline and its words (lines are the file's), or its MDX syntax error.
 * The parser is the one the site compiles pages with, so it reports what the build would.
 */
function readBody(
  file: string,
  body: string,
  bodyLine: number,
): { read?: { outline: Outline; units: TextUnit[] }; problems: Problem[] } {
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    const problem = {
      file,
      field: `body (line ${(e.line ?? 1) + bodyLine - 1})`,
      problem: `MDX syntax error: ${e.reason ?? e.message}`,
      hint: 'close every tag, and escape { } < in text as \\{ \\} \\<',
    };
    return { problems: [problem] };
  }
  const units = textUnits(tree).map((u) => ({ ...u, line: u.line + bodyLine - 1 }));
  return { read: { outline: outlineOf(tree), units }, problems: [] };
}

function bodyProblems(file: string, outline: Outline, bodyLine: number, termIds: Set<string>): Problem[] {
  const at = (line: number) => `body (line ${line + bodyLine - 1})`;
  const problems: Problem[] = [];
  for (const line of outline.markdownHeadings) {
    problems.push({
      file,
      field: at(line),
      problem: 'Markdown heading without a stable id',
      hint: 'write <H2 id="kebab-id">Text</H2> or <H3 id="…">, with the same id in every language',
    });
  }
  const seen = new Set<string>();
  for (const h of outline.headings) {
    if (!kebabId.safeParse(h.id).success) {
      problems.push({
        file,
        field: at(h.line),
        problem: `section id "${h.id}" is not kebab-case`,
        hint: 'use a-z, 0-9 and -, in English',
      });
    } else if (seen.has(h.id)) {
      problems.push({
        file,
        field: at(h.line),
        problem: `section id "${h.id}" is used twice`,
        hint: 'give each section its own id',
      });
    }
    seen.add(h.id);
  }
  for (const ref of outline.references) {
    const known = ref.kind === 'Tool' ? (toolIds as readonly string[]).includes(ref.id) : termIds.has(ref.id);
    if (!known) {
      problems.push({
        file,
        field: at(ref.line),
        problem: `unknown ${ref.kind === 'Tool' ? 'tool' : 'glossary term'} id "${ref.id}"`,
        hint: ref.kind === 'Tool' ? 'use a tool id from content/tools/' : 'use an id from content/glossary/terms.yaml',
      });
    }
  }
  for (const c of outline.components) {
    if (!(mdxComponentNames as readonly string[]).includes(c.name)) {
      problems.push({
        file,
        field: at(c.line),
        problem: `unknown component <${c.name}>`,
        hint: `use one of: ${mdxComponentNames.join(', ')}`,
      });
    }
  }
  return problems;
}

function pathProblems(file: string, data: GuidelineFrontMatter): Problem[] {
  const [, locale, org, name] = PATH.exec(file) ?? [];
  const problems: Problem[] = [];
  if (data.locale !== locale)
    problems.push({
      file,
      field: 'locale',
      problem: `"${data.locale}" does not match the folder "${locale}"`,
      hint: `set locale: ${locale}, or move the file to content/guidelines/${data.locale}/`,
    });
  if (data.organisation !== org)
    problems.push({
      file,
      field: 'organisation',
      problem: `"${data.organisation}" does not match the folder "${org}"`,
      hint: `set organisation: ${org}, or move the file`,
    });
  if (data.slug !== name)
    problems.push({
      file,
      field: 'slug',
      problem: `"${data.slug}" does not match the file name "${name}.mdx"`,
      hint: `rename the file to ${data.slug}.mdx or set slug: ${name}`,
    });
  if (data.translationOf === undefined && data.locale !== data.originalLanguage)
    problems.push({
      file,
      field: 'translationOf',
      problem: `is missing, but this ${data.locale} file is not in the original language (${data.originalLanguage})`,
      hint: `add translationOf: ${data.originalLanguage}`,
    });
  if (data.translationOf !== undefined && data.translationOf !== data.originalLanguage)
    problems.push({
      file,
      field: 'translationOf',
      problem: `"${data.translationOf}" differs from originalLanguage "${data.originalLanguage}"`,
      hint: 'translate from the original and name its locale',
    });
  if (data.translationOf !== undefined && data.locale === data.originalLanguage)
    problems.push({
      file,
      field: 'translationOf',
      problem: 'is set on the original',
      hint: 'remove translationOf from the original',
    });
  if (data.nextReview <= data.lastReviewed)
    problems.push({
      file,
      field: 'nextReview',
      problem: `${data.nextReview} is not after lastReviewed ${data.lastReviewed}`,
      hint: 'set it a year after lastReviewed',
    });
  return problems;
}

/** Checks that language versions of one guideline agree on what must be shared. */
function crossLocaleProblems(guidelines: ParsedGuideline[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = groupBy(guidelines, (g) => g.data.slug);
  for (const [slug, versions] of bySlug) {
    const perLocale = groupBy(versions, (g) => g.data.locale);
    for (const [locale, same] of perLocale) {
      for (const dup of same.slice(1)) {
        problems.push({
          file: dup.file,
          field: 'slug',
          problem: `"${slug}" is already used in ${locale} by ${same[0]!.file}`,
          hint: 'give each guideline its own slug',
        });
      }
    }
    const reference = versions.find((g) => g.data.locale === g.data.originalLanguage) ?? versions[0]!;
    for (const g of versions) {
      if (g === reference || g.partial || reference.partial) continue;
      for (const key of ['organisation', 'source', 'originalLanguage', 'order'] as const) {
        if (g.data[key] !== reference.data[key])
          problems.push({
            file: g.file,
            field: key,
            problem: `"${g.data[key]}" differs from ${reference.file} ("${reference.data[key]}")`,
            hint: 'all language versions of a guideline share it',
          });
      }
      const [ours, theirs] = [g.headings, reference.headings];
      if (!ours || !theirs) continue; // a page that does not parse: its syntax error says it all
      if (ours.map((h) => h.id).join(' ') !== theirs.map((h) => h.id).join(' ')) {
        const missing = theirs.filter((h) => !ours.some((x) => x.id === h.id)).map((h) => h.id);
        const extra = ours.filter((h) => !theirs.some((x) => x.id === h.id)).map((h) => h.id);
        problems.push({
          file: g.file,
          field: 'section ids',
          problem: `differ from ${reference.file}${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; extra: ${extra.join(', ')}` : ''}${!missing.length && !extra.length ? '; the order differs' : ''}`,
          hint: 'use the same <H2 id>/<H3 id> in the same order in every language',
        });
      }
    }
  }
  return problems;
}

/** Each organisation's guidelines stand in one order: no two (originals) share a place. */
function orderProblems(guidelines: ParsedGuideline[]): Problem[] {
  const originals = guidelines.filter((g) => !g.partial && g.data.locale === g.data.originalLanguage);
  return [...groupBy(originals, (g) => `${g.data.organisation} ${g.data.order}`).values()].flatMap((same) =>
    same.slice(1).map((dup) => ({
      file: dup.file,
      field: 'order',
      problem: `${dup.data.order} is also the order of ${same[0]!.file}`,
      hint: `give each of ${dup.data.organisation}'s guidelines its own place (1, 2, …)`,
    })),
  );
}

export function validateGuidelines(
  root: string,
  termIds: Set<string>,
): { guidelines: ParsedGuideline[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const guidelines: ParsedGuideline[] = [];
  for (const file of listFiles(root, 'content/guidelines').sort()) {
    const parts = PATH.exec(file);
    if (!parts) {
      problems.push({
        file,
        field: '(path)',
        problem: 'is not at content/guidelines/{locale}/{organisation}/{slug}.mdx',
        hint: 'move or rename it',
      });
      continue;
    }
    const [, locale = '', org = ''] = parts;
    if (!isLocale(locale))
      problems.push({ file, field: '(path)', problem: `"${locale}" is not a locale`, hint: 'use da, sv or nb' });
    if (!(organisationIds as readonly string[]).includes(org))
      problems.push({
        file,
        field: '(path)',
        problem: `"${org}" is not an organisation id`,
        hint: `use one of: ${organisationIds.join(', ')}`,
      });
    const { frontMatter, body, bodyLine } = splitFrontMatter(readText(root, file));
    if (frontMatter === undefined) {
      problems.push({
        file,
        field: 'front matter',
        problem: 'is missing',
        hint: 'start the file with --- and the fields in docs/content-format.md',
      });
      continue;
    }
    const { data, problems: frontMatterProblems } = validateYaml(file, frontMatter, guidelineFrontMatter, 1);
    const { read, problems: syntaxProblems } = readBody(file, body, bodyLine);
    problems.push(
      ...frontMatterProblems,
      ...syntaxProblems,
      ...(read ? bodyProblems(file, read.outline, bodyLine, termIds) : []),
    );
    const page = { headings: read?.outline.headings, units: read?.units };
    if (data === undefined) {
      // Keep the file's identity from its path, so one bad field (or a YAML syntax error) does not
      // also break every citation of this guideline in the policy files.
      const [, , , name = ''] = parts;
      const identity = { locale, organisation: org, slug: name, originalLanguage: locale } as GuidelineFrontMatter;
      guidelines.push({ file, data: identity, ...page, partial: true });
      continue;
    }
    problems.push(...pathProblems(file, data));
    guidelines.push({ file, data, ...page });
  }
  problems.push(...crossLocaleProblems(guidelines), ...orderProblems(guidelines));
  return { guidelines, problems };
}
