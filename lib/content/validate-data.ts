import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { organisationSchema, toolSchema, glossarySchema, sourcesSchema, type GlossaryEntry } from './schema';
import { fieldPath, type Problem } from './problems';
import { readContent } from './encoding';
import { loadYaml, loadYamlFolder } from './yaml';
import { glossaryFile } from './glossary';
import { sourcesFile } from './sources';
import { sourceFiles, toolIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';
import { locales } from '@/lib/i18n/routing';

export function validateOrganisations(root: string) {
  return loadYamlFolder(root, {
    dir: 'content/organisations',
    schema: organisationSchema,
    nameField: 'id',
    expected: organisationIds,
    missing: (id) => ({
      problem: `the organisation "${id}" has no file`,
      hint: `create content/organisations/${id}.yaml`,
    }),
  });
}

export function validateTools(root: string) {
  return loadYamlFolder(root, {
    dir: 'content/tools',
    schema: toolSchema,
    nameField: 'id',
    expected: toolIds,
    missing: (id) => ({ problem: `the tool "${id}" has no file`, hint: `create content/tools/${id}.yaml` }),
  });
}

/** The glossary's entries, undefined when it cannot be read (the guidelines' term ids are then not checked). */
export function validateGlossary(root: string): { entries?: GlossaryEntry[]; problems: Problem[] } {
  const file = glossaryFile;
  if (!existsSync(join(root, file)))
    return {
      problems: [
        {
          file,
          field: '(file)',
          problem: 'is missing',
          hint: 'create it: a list of terms (see docs/content-format.md)',
        },
      ],
    };
  const { data: entries, problems } = loadYaml(root, file, glossarySchema);
  if (entries === undefined) return { problems };
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id))
      problems.push({
        file,
        field: fieldPath([i, 'id'], entries),
        problem: `"${e.id}" appears twice`,
        hint: 'merge the two entries',
      });
    seen.add(e.id);
  });
  return { entries, problems };
}

/** content/sources.yaml names every source document once. */
export function validateSources(root: string): Problem[] {
  const file = sourcesFile;
  if (!existsSync(join(root, file)))
    return [{ file, field: '(file)', problem: 'is missing', hint: 'create it: one entry per source document' }];
  const { data: entries, problems } = loadYaml(root, file, sourcesSchema);
  if (entries === undefined) return problems;
  sourceFiles.forEach((source) => {
    const at = entries.flatMap((e, i) => (e.file === source ? [i] : []));
    if (at.length === 0)
      problems.push({ file, field: '(file)', problem: `names no entry for ${source}`, hint: 'add one' });
    for (const i of at.slice(1))
      problems.push({
        file,
        field: fieldPath([i, 'file'], entries),
        problem: `${source} appears twice`,
        hint: 'keep one entry',
      });
  });
  return problems;
}

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** One messages file's keys, or the problems that keep it from being read. */
function messageKeys(root: string, file: string): { keys?: Set<string>; problems: Problem[] } {
  const { text, problems } = readContent(root, file);
  if (text === undefined) return { problems };
  try {
    return { keys: new Set(leafKeys(JSON.parse(text))), problems };
  } catch (error) {
    // JSON.parse says where by character position (when it can): editors look for a line.
    const { message } = error as Error;
    const position = /at position (\d+)/.exec(message)?.[1];
    const field = position ? `line ${text.slice(0, Number(position)).split('\n').length}` : '(file)';
    const problem = `JSON syntax error: ${message.replace(/ \(line \d+ column \d+\)$/, '')}`;
    return { problems: [{ file, field, problem, hint: 'check the quotes, commas and braces on that line' }] };
  }
}

/** Every UI message key must exist in every locale: each language is compared with the others. */
export function validateMessages(root: string): Problem[] {
  const read = Object.fromEntries(locales.map((l) => [l, messageKeys(root, `content/messages/${l}.json`)]));
  const problems: Problem[] = locales.flatMap((l) => read[l]!.problems);
  // A file that cannot be read is compared with nothing: its own error, not every key "missing".
  const keys = Object.fromEntries(locales.map((l) => [l, read[l]!.keys])) as Record<string, Set<string> | undefined>;
  for (const locale of locales) {
    for (const other of locales) {
      if (other === locale || !keys[locale] || !keys[other]) continue;
      for (const key of keys[other]!) {
        if (!keys[locale]!.has(key))
          problems.push({
            file: `content/messages/${locale}.json`,
            field: key,
            problem: `is missing (it exists in ${other}.json)`,
            hint: 'add the translated text under the same key',
          });
      }
    }
  }
  // The same missing key is reported once per locale that has it; keep one line per file and key.
  return problems.filter((p, i) => problems.findIndex((q) => q.file === p.file && q.field === p.field) === i);
}
