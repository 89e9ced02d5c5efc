import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** All files under `dir` (recursively), as paths relative to `root`. */
export function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    return statSync(path).isDirectory() ? listFiles(root, relative(root, path)) : [relative(root, path)];
  });
}

export function readText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** Splits an MDX file into front matter text and body, with the body's first line number. */
export function splitFrontMatter(source: string): { frontMatter?: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { body: source, bodyLine: 1 };
  return {
    frontMatter: match[1],
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
