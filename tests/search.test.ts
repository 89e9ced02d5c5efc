import { describe, it, expect } from 'vitest';
import { compoundTerms } from '@/lib/search/decompound';
import { matchTools, toolsNamedIn } from '@/lib/search/tool-names';

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

describe('toolsNamedIn and matchTools', () => {
  const tools = [
    { id: 'skype', names: ['Skype', 'Almindelig Skype'] },
    { id: 'skype-for-business', names: ['Skype for Business', 'SfB', 'Lync'] },
    { id: 'teams', names: ['Microsoft Teams', 'Teams'] },
  ];
  const ids = (query: string) => matchTools(tools, query).map((t) => t.id);

  it('matches whole words of a name or alias, in any case', () => {
    expect(ids('teams')).toEqual(['teams']);
    expect(ids('TEAMS møde')).toEqual(['teams']);
    expect(ids('teamsmøde')).toEqual([]);
    expect(ids('lync')).toEqual(['skype-for-business']);
  });

  it('lets the longer name win where it stands: Skype is not Skype for Business', () => {
    expect(ids('skype for business')).toEqual(['skype-for-business']);
    expect(ids('Skype')).toEqual(['skype']);
    expect(ids('almindelig skype')).toEqual(['skype']);
    expect(toolsNamedIn('Skype for Business udfases; almindelig Skype er ikke tilladt', tools)).toEqual([
      'skype',
      'skype-for-business',
    ]);
  });

  it('lets a name two tools share name both (the text does not say which)', () => {
    const shared = [
      { id: 'minsp', names: ['MinSP', 'Pexip'] },
      { id: 'vdx', names: ['VDX', 'Pexip'] },
    ];
    expect(toolsNamedIn('Pexip hentes i Softwareshoppen', shared)).toEqual(['minsp', 'vdx']);
    expect(toolsNamedIn('MinSP', shared)).toEqual(['minsp']);
  });

  it('shows no card for a query under three characters', () => {
    expect(ids('sf')).toEqual([]);
    expect(ids('sfb')).toEqual(['skype-for-business']);
  });
});
