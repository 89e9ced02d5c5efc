import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { organisationSchema, toolSchema, glossarySchema, sourcesSchema, type GlossaryEntry } from './schema';
import { fieldPath, type Problem } from './problems';
import { readText } from './files';
import { loadYaml, loadYamlFolder } from './yaml';
import { glossaryFile } from './glossary';
import { sourcesFile } from './sources';
import { organisationIds, sourceFiles, toolIds } from '@/lib/vocabulary';
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

export function validateGlossary(root: string): { entries: GlossaryEntry[]; problems: Problem[] } {
  const file = glossaryFile;
  if (!existsSync(join(root, file)))
    return {
      entries: [],
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
  if (entries === undefined) return { entries: [], problems };
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

/** Every UI message key must exist in every locale: each language is compared with the others. */
export function validateMessages(root: string): Problem[] {
  const keys = Object.fromEntries(
    locales.map((l) => [l, new Set(leafKeys(JSON.parse(readText(root, `content/messages/${l}.json`))))]),
  ) as Record<string, Set<string>>;
  const problems: Problem[] = [];
  for (const locale of locales) {
    for (const other of locales) {
      if (other === locale) continue;
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
