import { sourcesSchema, type SourceDocument } from './schema';
import { readYaml } from './yaml';
import type { SourceFile } from '@/lib/vocabulary';

export const sourcesFile = 'content/sources.yaml';

let cache: SourceDocument[] | undefined;

/** How pages name a source document: its title and issuer, never its file name (validated before the build). */
export function getSourceDocument(file: SourceFile): SourceDocument {
  cache ??= readYaml(process.cwd(), sourcesFile, sourcesSchema);
  return cache.find((s) => s.file === file)!;
}
