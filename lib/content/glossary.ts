import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryEntry } from './schema';

let cache: GlossaryEntry[] | undefined;

/** The glossary (validated before the build by scripts/check-content.ts). */
export function getGlossary(): GlossaryEntry[] {
  cache ??= glossarySchema.parse(parse(readFileSync(join(process.cwd(), 'content/glossary/terms.yaml'), 'utf8')));
  return cache;
}
