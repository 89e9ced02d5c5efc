/** The descriptions made from a page's data: a tool's verdicts by organisation, a situation, a list of titles. */
import { describe, it, expect } from 'vitest';
import { situationDescription, titlesDescription, toolVerdictsDescription } from '@/lib/page-descriptions';
import type { Verdict } from '@/lib/vocabulary';

const counts = (given: Partial<Record<Verdict, number>>): Record<Verdict, number> => ({
  recommended: 0,
  allowed: 0,
  conditional: 0,
  'not-allowed': 0,
  'not-assessed': 0,
  ...given,
});
const countIn = (verdict: Verdict, count: number) => `${verdict} in ${count}`;

describe('toolVerdictsDescription', () => {
  it('gives each organisation its decided verdicts, the situations left open unsaid', () => {
    expect(
      toolVerdictsDescription(
        [
          { name: 'Region Halland', counts: counts({ recommended: 4, 'not-allowed': 8, 'not-assessed': 12 }) },
          { name: 'KL', counts: counts({ conditional: 2, 'not-assessed': 22 }) },
        ],
        countIn,
      ),
    ).toBe('Region Halland: recommended in 4, not-allowed in 8. KL: conditional in 2.');
  });

  it('says "not assessed" for an organisation that never decides the tool', () => {
    expect(toolVerdictsDescription([{ name: 'Lillehammer', counts: counts({ 'not-assessed': 24 }) }], countIn)).toBe(
      'Lillehammer: not-assessed in 24.',
    );
  });
});

describe('situationDescription', () => {
  it('names each organisation with its first summary sentence', () => {
    expect(
      situationDescription([
        { name: 'Region Halland', sentence: 'Use Teams.' },
        { name: 'KL', sentence: 'No tool is allowed.' },
      ]),
    ).toBe('Region Halland: Use Teams. KL: No tool is allowed.');
  });
});

describe('titlesDescription', () => {
  it('lists the titles in their order', () => {
    expect(titlesDescription(['Zoom', 'Teams'])).toBe('Zoom · Teams');
  });
});
