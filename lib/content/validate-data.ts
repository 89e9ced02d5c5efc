import type { z } from 'zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  organisationSchema,
  toolSchema,
  glossarySchema,
  type Organisation,
  type Tool,
  type GlossaryEntry,
} from './schema';
import { problemsFromZod, type Problem } from './problems';
import { listFiles, readText, parseYaml } from './files';
import { organisationIds, toolIds } from '@/lib/vocabulary';
import { locales } from '@/lib/i18n/routing';

function validateYamlFiles<T extends { id: string }>(
  root: string,
  dir: string,
  schema: z.ZodType<T>,
  expectedIds: readonly string[],
  kind: string,
): { items: T[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const items: T[] = [];
  const files = listFiles(root, dir).sort();
  for (const file of files) {
    if (!file.endsWith('.yaml')) {
      problems.push({
        file,
        field: '(file)',
        problem: 'is not a .yaml file',
        hint: `only {id}.yaml files belong in ${dir}`,
      });
      continue;
    }
    const yaml = parseYaml(file, readText(root, file));
    problems.push(...yaml.problems);
    if (yaml.data === undefined) continue;
    const parsed = schema.safeParse(yaml.data);
    if (!parsed.success) {
      problems.push(...problemsFromZod(file, parsed.error, yaml.data));
      continue;
    }
    const name = file
      .split('/')
      .at(-1)!
      .replace(/\.yaml$/, '');
    if (parsed.data.id !== name)
      problems.push({
        file,
        field: 'id',
        problem: `"${parsed.data.id}" does not match the file name`,
        hint: `rename the file to ${parsed.data.id}.yaml`,
      });
    items.push(parsed.data);
  }
  for (const id of expectedIds) {
    if (!items.some((i) => i.id === id) && !files.some((f) => f.endsWith(`/${id}.yaml`)))
      problems.push({
        file: `${dir}/${id}.yaml`,
        field: '(file)',
        problem: `the ${kind} "${id}" has no file`,
        hint: `create ${dir}/${id}.yaml`,
      });
  }
  return { items, problems };
}

export function validateOrganisations(root: string) {
  return validateYamlFiles<Organisation>(
    root,
    'content/organisations',
    organisationSchema,
    organisationIds,
    'organisation',
  );
}

export function validateTools(root: string) {
  return validateYamlFiles<Tool>(root, 'content/tools', toolSchema, toolIds, 'tool');
}

export function validateGlossary(root: string): { entries: GlossaryEntry[]; problems: Problem[] } {
  const file = 'content/glossary/terms.yaml';
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
  const yaml = parseYaml(file, readText(root, file));
  if (yaml.data === undefined) return { entries: [], problems: yaml.problems };
  const parsed = glossarySchema.safeParse(yaml.data);
  if (!parsed.success) return { entries: [], problems: problemsFromZod(file, parsed.error, yaml.data) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((e, i) => {
    if (seen.has(e.id))
      problems.push({ file, field: `${i}.id`, problem: `"${e.id}" appears twice`, hint: 'merge the two entries' });
    seen.add(e.id);
  });
  return { entries: parsed.data, problems };
}

function leafKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every UI message key must exist in every locale (Danish is the reference). */
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
