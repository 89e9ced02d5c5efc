import { guidelineFrontMatter, kebabId, type GuidelineFrontMatter } from './schema';
import type { Problem } from './problems';
import { listFiles, splitFrontMatter } from './files';
import { readContent } from './encoding';
import { validateYaml } from './yaml';
import { outlineOf, type Heading, type Outline } from './mdx-outline';
import { refusedElements } from './mdx-components';
import { brokenLink, linksOf, type LinkedGuideline } from './site-links';
import { parseMdx } from './mdx-tree';
import { textUnits, type TextUnit } from './source-text';
import { isLocale } from '@/lib/i18n/routing';
import { groupBy } from '@/lib/group-by';
import { toolIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';
import { noteOrderProblems } from '@/lib/history/notes';

export interface ParsedGuideline {
  file: string;
  data: GuidelineFrontMatter;
  /**
   * The section headings, and the words of the page by section (lines are the file's): what
   * citations, quotes and links are checked against. Both are undefined when the file cannot be
   * read (encoding), the MDX does not parse or has refused elements: its own errors are reported
   * once, not again as every citation of the page or every other language.
   */
  headings?: Heading[];
  units?: TextUnit[];
  /** True when the file or its front matter cannot be read: `data` then holds only what the path says. */
  partial?: boolean;
}

const PATH = /^content\/guidelines\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/;

/** Problems of the body in the order of its lines (all of them read `body (line N)`). */
const byLine = (problems: Problem[]) => {
  const line = (p: Problem) => Number(/\d+/.exec(p.field)?.[0] ?? 0);
  return [...problems].sort((a, b) => line(a) - line(b));
};

/** A link written in a guideline, with its line in the file. */
interface Link {
  url: string;
  line: number;
}

/**
 * The page read once: its outline, its words and its links (lines are the file's), or its MDX
 * syntax error. The parser is the one the site compiles pages with, so it reports what the build
 * would. `refused` marks a page with elements the site does not render (raw HTML, expressions,
 * unknown components …): its outline is checked for its own problems, but not lent to the other
 * checks, where a lowercase <h2> would read as a missing section blamed on the other languages
 * and on every citation of it.
 */
function readBody(
  file: string,
  body: string,
  bodyLine: number,
): { read?: { outline: Outline; units: TextUnit[]; refused: boolean }; links: Link[]; problems: Problem[] } {
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
    return { links: [], problems: [problem] };
  }
  const line = (n: number) => n + bodyLine - 1;
  const links = linksOf(tree).map((l) => ({ ...l, line: line(l.line) }));
  const refused = refusedElements(tree).map((r) => ({
    file,
    field: `body (line ${line(r.line)})`,
    problem: r.problem,
    hint: r.hint,
  }));
  const units = textUnits(tree).map((u) => ({ ...u, line: line(u.line) }));
  return { read: { outline: outlineOf(tree), units, refused: refused.length > 0 }, links, problems: refused };
}

function bodyProblems(file: string, outline: Outline, bodyLine: number, termIds?: Set<string>): Problem[] {
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
    if (h.id === '') continue; // a heading without id: refused with the component's attributes
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
    if (ref.kind === 'Term' && !termIds) continue; // the glossary cannot be read: its own error says so
    const known = ref.kind === 'Tool' ? (toolIds as readonly string[]).includes(ref.id) : termIds!.has(ref.id);
    if (!known) {
      problems.push({
        file,
        field: at(ref.line),
        problem: `unknown ${ref.kind === 'Tool' ? 'tool' : 'glossary term'} id "${ref.id}"`,
        hint: ref.kind === 'Tool' ? 'use a tool id from content/tools/' : 'use an id from content/glossary/terms.yaml',
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
    // A file that could not be read claims its own language as the original: never compare with it.
    const readable = versions.filter((g) => !g.partial);
    const reference = readable.find((g) => g.data.locale === g.data.originalLanguage) ?? readable[0];
    if (!reference) continue;
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
      const dates = (x: ParsedGuideline) => x.data.changes.map((c) => c.date).join(', ');
      if (dates(g) !== dates(reference))
        problems.push({
          file: g.file,
          field: 'changes',
          problem: `the dates (${dates(g)}) differ from ${reference.file} (${dates(reference)})`,
          hint: 'give every language version the same change notes, each in its own language',
        });
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

/** The links of every page, resolved once all pages are read (a link may point at any of them). */
function linkProblems(
  pages: { guideline: ParsedGuideline; links: Link[] }[],
  glossaryIds: string[] | undefined,
): Problem[] {
  const targetOf = ({ data, headings }: ParsedGuideline): LinkedGuideline => ({
    ...data,
    sectionIds: headings?.map((h) => h.id),
  });
  const guidelines = pages.map((p) => targetOf(p.guideline));
  return pages.flatMap(({ guideline, links }) =>
    links.flatMap(({ url, line }) => {
      const broken = brokenLink(url, { guidelines, glossaryIds, here: targetOf(guideline) });
      return broken ? [{ file: guideline.file, field: `body (line ${line})`, ...broken }] : [];
    }),
  );
}

/** `termIds`: the glossary's ids, undefined when it cannot be read. */
export function validateGuidelines(
  root: string,
  termIds: Set<string> | undefined,
): { guidelines: ParsedGuideline[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const pages: { guideline: ParsedGuideline; links: Link[] }[] = [];
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
    const [, locale = '', org = '', name = ''] = parts;
    if (!isLocale(locale))
      problems.push({ file, field: '(path)', problem: `"${locale}" is not a locale`, hint: 'use da, sv or nb' });
    if (!(organisationIds as readonly string[]).includes(org))
      problems.push({
        file,
        field: '(path)',
        problem: `"${org}" is not an organisation id`,
        hint: `use one of: ${organisationIds.join(', ')}`,
      });
    // Until its front matter is read, the file is what its path says: a file that cannot be read
    // (encoding, front matter) still exists in its language, so it reports its own errors only,
    // never "has no da version" in every citation of it.
    const identity = { locale, organisation: org, slug: name, originalLanguage: locale } as GuidelineFrontMatter;
    const unread = { guideline: { file, data: identity, partial: true }, links: [] };
    const { text, problems: encodingProblems } = readContent(root, file);
    problems.push(...encodingProblems);
    if (text === undefined) {
      pages.push(unread);
      continue;
    }
    const { frontMatter, body, bodyLine } = splitFrontMatter(text);
    if (frontMatter === undefined) {
      problems.push({
        file,
        field: 'front matter',
        problem: 'is missing',
        hint: 'start the file with --- and the fields in docs/content-format.md',
      });
      pages.push(unread);
      continue;
    }
    const { data, problems: frontMatterProblems } = validateYaml(file, frontMatter, guidelineFrontMatter, 1);
    const { read, links, problems: syntaxProblems } = readBody(file, body, bodyLine);
    const inBody = [...syntaxProblems, ...(read ? bodyProblems(file, read.outline, bodyLine, termIds) : [])];
    problems.push(...frontMatterProblems, ...byLine(inBody));
    // A page with refused elements is not compared or cited: its own errors come first.
    const shown = read && !read.refused ? read : undefined;
    const page = { headings: shown?.outline.headings, units: shown?.units };
    if (data === undefined) {
      // One bad field (or a YAML syntax error) keeps the identity from the path, as above.
      pages.push({ guideline: { file, data: identity, ...page, partial: true }, links });
      continue;
    }
    problems.push(
      ...pathProblems(file, data),
      ...noteOrderProblems(
        file,
        data.changes.map((c) => c.date),
      ),
    );
    pages.push({ guideline: { file, data, ...page }, links });
  }
  const guidelines = pages.map((p) => p.guideline);
  problems.push(
    ...crossLocaleProblems(guidelines),
    ...orderProblems(guidelines),
    ...linkProblems(pages, termIds && [...termIds]),
  );
  return { guidelines, problems };
}
