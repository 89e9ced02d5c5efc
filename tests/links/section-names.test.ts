/** What a guideline's section links are named after: the heading, a repeated one after the heading before it. */
import { describe, it, expect } from 'vitest';
import { outlineOf, sectionNames } from '@/lib/content/mdx-outline';

describe('sectionNames', () => {
  it('names a section by its heading, and a heading that repeats after the one before it', () => {
    const { headings } = outlineOf(
      [
        '<H2 id="meetings">Meetings</H2>',
        '<H3 id="sensitive">Sensitive meetings</H3>',
        '<H3 id="sensitive-conduct">Conduct</H3>',
        '<H3 id="consultations">Consultations</H3>',
        '<H3 id="consultations-conduct">Conduct</H3>',
      ].join('\n\n'),
    );
    expect(Object.fromEntries(sectionNames(headings))).toEqual({
      meetings: 'Meetings',
      sensitive: 'Sensitive meetings',
      'sensitive-conduct': 'Sensitive meetings › Conduct',
      consultations: 'Consultations',
      'consultations-conduct': 'Consultations › Conduct',
    });
  });
});
