/**
 * The check allows exactly the components the site renders and the editors' docs describe: a
 * component added to components/mdx/content-components.tsx or docs/content-format.md without the
 * check (or the reverse) fails here.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentComponents } from '@/components/mdx/content-components';
import { mdxComponentNames } from '@/lib/content/mdx-components';

describe('documented MDX components', () => {
  it('are the components the pages render with (besides `a`, which Markdown links become)', () => {
    const rendered = Object.keys(contentComponents({ locale: 'da', pageKey: 'x/y', owner: 'CIMT', headings: [] }));
    expect(rendered.filter((name) => name !== 'a').sort()).toEqual([...mdxComponentNames].sort());
  });

  it('are the components of the table in docs/content-format.md', () => {
    const table = readFileSync('docs/content-format.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `<'));
    const documented = new Set(table.flatMap((line) => [...line.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1])));
    expect([...documented].sort()).toEqual([...mdxComponentNames].sort());
  });
});
