import { describe, it, expect } from 'vitest';
import { outlineOf } from '@/lib/content/mdx-outline';
import { namesTool } from '@/lib/content/mentions';
import { fieldPath } from '@/lib/content/problems';
import type { ToolId } from '@/lib/vocabulary';

const BODY = `Intro naming <Tool id="zoom">Zoom</Tool> before any section.

<H2 id="approval">Godkendelse af *Zoom*</H2>

Brug <Tool id="skype-for-business">Skype for Business</Tool> eller <Term id="gdpr">GDPR</Term>.

<H3 id="setup">Opsætning</H3>

<Callout kind="warning" title="Almindelig Skype">tekst</Callout>

\`\`\`
<Tool id="teams"> in a code block is not a link
## nor a heading
\`\`\`

## Ny sektion
`;

describe('MDX outline, from the tree', () => {
  const outline = outlineOf(BODY);

  it('reads headings, references, components and Markdown headings', () => {
    expect(outline.headings).toEqual([
      { level: 2, id: 'approval', text: 'Godkendelse af Zoom', line: 3 },
      { level: 3, id: 'setup', text: 'Opsætning', line: 7 },
    ]);
    expect(outline.references.map((r) => `${r.kind}:${r.id}@${r.line}`)).toEqual([
      'Tool:zoom@1',
      'Tool:skype-for-business@5',
      'Term:gdpr@5',
    ]);
    expect(outline.components.map((c) => c.name)).toEqual(['Tool', 'H2', 'Tool', 'Term', 'H3', 'Callout']);
    expect(outline.markdownHeadings).toEqual([16]);
  });

  it('gives each section its words (with shown attributes) and its tool links, from heading to heading', () => {
    expect(outline.sections).toEqual([
      {
        id: 'approval',
        text: 'Godkendelse af Zoom Brug Skype for Business eller GDPR .',
        tools: ['skype-for-business'],
      },
      {
        id: 'setup',
        text: 'Opsætning Almindelig Skype tekst <Tool id="teams"> in a code block is not a link ## nor a heading Ny sektion',
        tools: [],
      },
    ]);
  });

  it('finds tool mentions by link, name or alias; "Skype for Business" does not name Skype', () => {
    const [approval, setup] = outline.sections;
    const tool = (id: ToolId, name: string, aliases: string[] = []) => ({ id, name, aliases });
    const skype = tool('skype', 'Skype', ['Almindelig Skype']);
    const business = tool('skype-for-business', 'Skype for Business');
    const zoom = tool('zoom', 'Zoom');
    const all = [skype, business, zoom];
    expect(namesTool(approval!, skype, all)).toBe(false);
    expect(namesTool(setup!, skype, all)).toBe(true);
    expect(namesTool(approval!, business, all)).toBe(true);
    expect(namesTool(approval!, zoom, all)).toBe(true);
    expect(namesTool(setup!, zoom, all)).toBe(false);
  });

  it('throws on an MDX syntax error (the content check reports it)', () => {
    expect(() => outlineOf('<Callout>open')).toThrow();
  });
});

describe('field paths in messages', () => {
  const policy = { rules: [{ id: 'rh-teams', conditions: [{ da: 'x' }] }], informative: [{ sentence: 's' }] };

  it('prints positions in brackets, with the element id where it has one', () => {
    expect(fieldPath(['rules', 0, 'conditions', 0, 'nb'], policy)).toBe('rules[0] (rh-teams).conditions[0].nb');
    expect(fieldPath(['informative', 0], policy)).toBe('informative[0]');
    expect(fieldPath([3, 'id'], [])).toBe('[3].id');
    expect(fieldPath([], policy)).toBe('(file)');
  });
});
