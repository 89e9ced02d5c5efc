import type { z } from 'zod';

/** One thing wrong with the content, in words an editor can act on. */
export interface Problem {
  file: string;
  field: string;
  problem: string;
  hint: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.field}: ${p.problem}. Hint: ${p.hint}`;
}

/** A build error that carries every problem found, one line each. */
export class ContentError extends Error {
  constructor(public readonly problems: Problem[]) {
    super(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date object';
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );
}

/**
 * A field's path as every message prints it, e.g. `rules[8] (zoom-only-with-ku-affiliation).cite[1]`:
 * list positions in brackets, followed by the element's id where it has one, so that an editor
 * finds the element by number or by name. `data` is the file's content the path points into.
 */
export function fieldPath(path: readonly PropertyKey[], data: unknown): string {
  const id = (i: number) => {
    const element = valueAt(data, path.slice(0, i + 1));
    const value = element && typeof element === 'object' ? (element as { id?: unknown }).id : undefined;
    return typeof value === 'string' ? ` (${value})` : '';
  };
  const text = path
    .map((key, i) => (typeof key === 'number' ? `[${key}]${id(i)}` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
  return text || '(file)';
}

/** Turns zod issues into editor-friendly problems. */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): Problem[] {
  return problemsFromIssues(file, error.issues, input);
}

/** For `all | [ids]` style unions, the most specific branch explains the mistake best. */
function bestBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] {
  const depth = (issues: z.core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
  return [...branches].sort((a, b) => depth(b) - depth(a))[0] ?? [];
}

function problemsFromIssues(
  file: string,
  issues: z.core.$ZodIssue[],
  input: unknown,
  prefix: PropertyKey[] = [],
): Problem[] {
  return issues.flatMap((raw): Problem[] => {
    const issue = { ...raw, path: [...prefix, ...raw.path] } as z.core.$ZodIssue;
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      return problemsFromIssues(file, bestBranch(issue.errors), input, issue.path);
    }
    const field = fieldPath(issue.path, input);
    const value = valueAt(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({
          file,
          field: fieldPath([...issue.path, key], input),
          problem: 'unknown field',
          hint: 'remove it, or check its spelling against docs/content-format.md',
        }));
      case 'invalid_type':
        return [
          value === undefined
            ? { file, field, problem: 'is missing', hint: `add \`${String(issue.path.at(-1))}\` (${issue.expected})` }
            : {
                file,
                field,
                problem: `expected ${issue.expected}, got ${describe(value)}`,
                hint: issue.expected === 'string' ? 'put the value in quotes' : `write a ${issue.expected}`,
              },
        ];
      case 'invalid_value':
        return [
          {
            file,
            field,
            problem: `${describe(value)} is not allowed`,
            hint: `use one of: ${issue.values.map(String).join(', ')}`,
          },
        ];
      case 'invalid_format':
        return [
          {
            file,
            field,
            problem: `${describe(value)} is not ${issue.format === 'date' ? 'an ISO date' : 'valid'}`,
            // The schema's own message says how to write it (see kebabId).
            hint: issue.format === 'date' ? 'write the date as YYYY-MM-DD, e.g. 2020-07-03' : issue.message,
          },
        ];
      case 'too_small':
        return [{ file, field, problem: 'is empty', hint: 'write a value' }];
      default:
        return [{ file, field, problem: issue.message, hint: 'see docs/content-format.md' }];
    }
  });
}
