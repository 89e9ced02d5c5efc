import { describe, it, expect } from 'vitest';
import { compoundTerms } from '@/lib/search/decompound';

describe('compoundTerms', () => {
  it('splits domain compounds into their parts', () => {
    expect(compoundTerms('Om videokonsultation', 'da')).toEqual(expect.arrayContaining(['konsultation', 'video']));
    expect(compoundTerms('sikkerhedskrav', 'da')).toEqual([]);
    expect(compoundTerms('informationssikkerhed', 'da')).toEqual(['information', 'informations', 'sikkerhed']);
    expect(compoundTerms('Delta i distansmöten', 'sv')).toEqual(expect.arrayContaining(['distans', 'möten']));
    expect(compoundTerms('må hodetelefoner benyttes', 'nb')).toEqual(expect.arrayContaining(['hode', 'telefoner']));
  });
  it('adds nothing for words that are parts themselves or too short to split', () => {
    expect(compoundTerms('konsultation og video', 'da')).toEqual([]);
    expect(compoundTerms('ommøde', 'da')).toEqual([]);
  });
});
