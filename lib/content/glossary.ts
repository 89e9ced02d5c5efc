import { glossarySchema, type GlossaryEntry } from './schema';
import { readYaml } from './yaml';

export const glossaryFile = 'content/glossary/terms.yaml';

let cache: GlossaryEntry[] | undefined;

/** The glossary (validated before the build by scripts/check-content.ts). */
export function getGlossary(): GlossaryEntry[] {
  cache ??= readYaml(process.cwd(), glossaryFile, glossarySchema);
  return cache;
}
