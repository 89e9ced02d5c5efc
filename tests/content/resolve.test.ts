import { describe, it, expect } from 'vitest';
import { resolveGuideline, isOverdue } from '@/lib/content/resolve';

const docs = [
  { slug: 'routine', locale: 'sv' as const, originalLanguage: 'sv' as const, title: 'Rutin' },
  { slug: 'routine', locale: 'da' as const, originalLanguage: 'sv' as const, title: 'Rutine' },
];

describe('resolveGuideline', () => {
  it('serves the version in the asked language when it exists', () => {
    expect(resolveGuideline(docs, 'routine', 'da')).toMatchObject({
      doc: { title: 'Rutine' },
      fallback: false,
      available: ['sv', 'da'],
    });
  });
  it('falls back to the original, marked as a fallback, when a translation is missing', () => {
    expect(resolveGuideline(docs, 'routine', 'nb')).toMatchObject({
      doc: { title: 'Rutin', locale: 'sv' },
      fallback: true,
      available: ['sv', 'da'],
    });
  });
  it('returns nothing for an unknown slug', () => {
    expect(resolveGuideline(docs, 'nope', 'da')).toBeUndefined();
  });
});

describe('isOverdue', () => {
  it('is true only after the next review date', () => {
    expect(isOverdue('2021-07-03', '2026-11-24')).toBe(true);
    expect(isOverdue('2027-01-01', '2026-11-24')).toBe(false);
    expect(isOverdue('2026-11-24', '2026-11-24')).toBe(false);
  });
});
