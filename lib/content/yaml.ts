/**
 * The one way content YAML is read: parse, validate with a zod schema, and turn every problem
 * (syntax, schema, file name) into the project's format, `file › field: problem. Hint: fix`.
 * Tools, organisations, the glossary, policies, coverage files and guideline front matter use it.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { parseDocument } from 'yaml';
import { ContentError, fieldPath, problemsFromZod, type Problem } from './problems';
import { listFiles } from './files';
import { readContent } from './encoding';

/** One YAML text read: its data when it is valid, and every problem found. */
export interface Loaded<T> {
  data?: T;
  problems: Problem[];
}

/** Parses YAML, reporting syntax errors with their line (shifted by `lineOffset`) instead of throwing. */
function parseYaml(file: string, source: string, lineOffset: number): { data?: unknown; problems: Problem[] } {
  const doc = parseDocument(source, { prettyErrors: true, merge: true });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        field: `line ${(e.linePos?.[0]?.line ?? 0) + lineOffset}`,
        problem: `YAML syntax error: ${e.message.split('\n')[0]}`,
        hint: 'check indentation, colons and quotes on that line (quote text containing ": ")',
      })),
    };
  }
  return { data: doc.toJS(), problems: [] };
}

/** Parses and validates YAML text (a whole file, or front matter starting at line `lineOffset + 1`). */
export function validateYaml<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  lineOffset = 0,
): Loaded<z.output<S>> {
  const yaml = parseYaml(file, source, lineOffset);
  if (yaml.data === undefined) return { problems: yaml.problems };
  const parsed = schema.safeParse(yaml.data);
  return parsed.success
    ? { data: parsed.data, problems: [] }
    : { problems: problemsFromZod(file, parsed.error, yaml.data) };
}

/** Reads, parses and validates one file under `root` (a file that is not clean UTF-8 is not parsed). */
export function loadYaml<S extends z.ZodType>(root: string, file: string, schema: S): Loaded<z.output<S>> {
  const { text, problems } = readContent(root, file);
  return text === undefined ? { problems } : validateYaml(file, text, schema);
}

/** For the site's loaders, which run after the content check: the data, or a ContentError. */
export function readYaml<S extends z.ZodType>(root: string, file: string, schema: S): z.output<S> {
  const { data, problems } = loadYaml(root, file, schema);
  if (data === undefined) throw new ContentError(problems);
  return data;
}

/** A folder of `{name}.yaml` files, one item each, whose `nameField` must equal the file name. */
export interface YamlFolder<S extends z.ZodType> {
  dir: string;
  schema: S;
  nameField: keyof z.output<S> & string;
  /** Names that must each have a file, and what to say when one has none. */
  expected: readonly string[];
  missing: (name: string) => Pick<Problem, 'problem' | 'hint'>;
  /** Checks of one valid item beyond its schema. */
  check?: (file: string, item: z.output<S>) => Problem[];
}

/** Loads every file of a folder: the valid items, and every problem of every file at once. */
export function loadYamlFolder<S extends z.ZodType>(
  root: string,
  folder: YamlFolder<S>,
): { items: z.output<S>[]; problems: Problem[] } {
  const { dir, schema, nameField, expected } = folder;
  const problems: Problem[] = [];
  const items: z.output<S>[] = [];
  const nameOf = (item: z.output<S>) => String((item as Record<string, unknown>)[nameField]);
  const files = listFiles(root, dir).sort();
  for (const file of files) {
    if (!file.endsWith('.yaml')) {
      problems.push({
        file,
        field: '(file)',
        problem: 'is not a .yaml file',
        hint: `only {${nameField}}.yaml files belong in ${dir}`,
      });
      continue;
    }
    const { data, problems: fileProblems } = loadYaml(root, file, schema);
    problems.push(...fileProblems);
    if (data === undefined) continue;
    const name = nameOf(data);
    if (basename(file, '.yaml') !== name)
      problems.push({
        file,
        field: fieldPath([nameField], data),
        problem: `"${name}" does not match the file name`,
        hint: `rename the file to ${name}.yaml`,
      });
    problems.push(...(folder.check?.(file, data) ?? []));
    items.push(data);
  }
  for (const name of expected) {
    if (!items.some((i) => nameOf(i) === name) && !existsSync(join(root, dir, `${name}.yaml`)))
      problems.push({ file: `${dir}/${name}.yaml`, field: '(file)', ...folder.missing(name) });
  }
  return { items, problems };
}
