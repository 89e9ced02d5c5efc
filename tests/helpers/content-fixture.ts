import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '@/lib/content/validate';
import { formatProblem } from '@/lib/content/problems';

/** A new text for a file, or its raw bytes (to save it in another encoding), or null: leave it. */
export type Edit = (text: string) => string | Uint8Array | null;

/**
 * Copies the real content/ into a temporary folder, applies edits (null deletes nothing: it
 * writes nothing; use `remove` for deletion), validates, and returns the problem lines.
 */
export async function problemsAfter(edits: Record<string, Edit | string>, remove: string[] = []): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const path = join(root, file);
      const next = typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8'));
      if (next !== null) writeFileSync(path, next);
    }
    for (const file of remove) rmSync(join(root, file));
    return (await validateContent(root)).map(formatProblem);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Replaces exactly one occurrence, failing loudly if the fixture text is not there. */
export function replaceOnce(from: string | RegExp, to: string): Edit {
  return (text) => {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`fixture text not found: ${String(from)}`);
    return text.replace(from, to);
  };
}
