/** What a guideline's section links are named after: the heading, a subsection after its section. */
import { describe, it, expect } from 'vitest';
import { outlineOf, sectionNames } from '@/lib/content/mdx-outline';

describe('sectionNames', () => {
  it('names a section by its heading and a subsection after its section, so repeated headings differ', () => {
    const { headings } = outlineOf(
      [
        '<H2 id="sensitive">Sensitive meetings</H2>',
        '<H3 id="sensitive-conduct">Conduct</H3>',
        '<H2 id="other">Other meetings</H2>',
        '<H3 id="other-conduct">Conduct</H3>',
      ].join('\n\n'),
    );
    expect(Object.fromEntries(sectionNames(headings))).toEqual({
      sensitive: 'Sensitive meetings',
      'sensitive-conduct': 'Sensitive meetings › Conduct',
      other: 'Other meetings',
      'other-conduct': 'Other meetings › Conduct',
    });
  });
});
