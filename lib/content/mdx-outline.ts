/**
 * Reads the structure of a guideline's MDX body without compiling it: section headings with
 * their stable ids, and the tool and glossary ids it refers to. Shared by the validator and
 * by contentlayer's computed fields, so the table of contents and the checks see the same thing.
 */
export interface Heading {
  level: 2 | 3;
  id: string;
  text: string;
  line: number;
}
export interface Reference {
  kind: 'Tool' | 'Term';
  id: string;
  line: number;
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Strips inline markup from heading text for the table of contents. */
function plain(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function headingsOf(body: string): Heading[] {
  return [...body.matchAll(/<H([23])\s+id="([^"]*)"\s*>([\s\S]*?)<\/H\1>/g)].map((m) => ({
    level: Number(m[1]) as 2 | 3,
    id: m[2] ?? '',
    text: plain(m[3] ?? ''),
    line: lineAt(body, m.index),
  }));
}

export function referencesOf(body: string): Reference[] {
  return [...body.matchAll(/<(Tool|Term)\s+id="([^"]*)"/g)].map((m) => ({
    kind: m[1] as 'Tool' | 'Term',
    id: m[2] ?? '',
    line: lineAt(body, m.index),
  }));
}

export function componentsOf(body: string): { name: string; line: number }[] {
  return [...body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => ({
    name: m[1] ?? '',
    line: lineAt(body, m.index),
  }));
}

/** Markdown headings (`## …`) are not allowed: they would get ids from translated text. */
export function markdownHeadingLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (/^#{1,6}\s/.test(line) ? [i + 1] : []));
}

export const mdxComponentNames = [
  'H2',
  'H3',
  'Callout',
  'Checklist',
  'Check',
  'Steps',
  'Definitions',
  'Definition',
  'Missing',
  'LostLink',
  'Term',
  'Tool',
] as const;
