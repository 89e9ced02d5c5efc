import { describe, it, expect } from 'vitest';
import { getGlossary } from '@/lib/content/glossary';
import { normaliseQuery, readQuery, sameWord } from '@/lib/search/query';
import { glossarySynonymSets, termSpellings } from '@/lib/search/synonyms';
import { bestSections, rankPages, type SearchHit } from '@/lib/search/rank';
import glossarySets from '@/lib/search/glossary-synonyms.json' with { type: 'json' };

const words = (query: string, locale: 'da' | 'sv' | 'nb') => readQuery(query, locale).map((w) => w.word);
const alternatives = (query: string, locale: 'da' | 'sv' | 'nb') =>
  Object.fromEntries(readQuery(query, locale).map((w) => [w.word, w.alternatives]));

describe('readQuery', () => {
  it('drops question words and stop words of each language', () => {
    expect(words('Får jag spela in mötet?', 'sv')).toEqual(['inspelning', 'mötet']);
    expect(words('privat användning Teams', 'sv')).toEqual(['privat', 'användning', 'teams']);
    expect(words('Må jeg bruge Zoom til patienter', 'da')).toEqual(['zoom', 'patienter']);
    expect(words('hvilken app til skærmbesøg', 'da')).toEqual(['app', 'skærmbesøg']);
    expect(words('kan jeg bruke Skype hjemmefra', 'nb')).toEqual(['skype', 'hjemmefra']);
    expect(words('hvordan kan vi ta opp et videomøte', 'nb')).toEqual(['opptak', 'videomøte']);
  });

  it('reads a synonym of an earlier word as the same word', () => {
    expect(words('Meet MedCom nettleser', 'nb')).toEqual(['meet', 'nettleser']);
  });

  it('searches a query of stop words only as written', () => {
    expect(words('hvordan', 'da')).toEqual(['hvordan']);
  });

  it('expands the domain synonyms and inflections', () => {
    expect(alternatives('kan jeg optage', 'da').optage).toEqual(expect.arrayContaining(['optagelse', 'optag']));
    expect(alternatives('optagelsen', 'da').optagelsen).toEqual(expect.arrayContaining(['optage', 'optagelse']));
    expect(alternatives('spille inn samtalen', 'nb').opptak).toEqual(expect.arrayContaining(['opptak']));
    // The glossary's terms in three languages are one set.
    expect(alternatives('GDPR', 'da').gdpr).toEqual(
      expect.arrayContaining(['persondataforordningen', 'dataskyddsförordningen', 'personvernforordningen']),
    );
    expect(alternatives('säkerhetsskyddsklassificerade uppgifter', 'sv')['säkerhetsskyddsklassificerade']).toEqual(
      expect.arrayContaining(['säkerhetsskyddsklassificerad']),
    );
  });

  it('normalises case and punctuation but keeps inner hyphens', () => {
    expect(normaliseQuery('  Hvad er 72-timersreglen?! ')).toBe('hvad er 72-timersreglen');
    expect(normaliseQuery('end-to-end- -løsning')).toBe('end-to-end løsning');
  });

  it('joins a word and its ending only for words of five letters or more', () => {
    expect(sameWord('optage', 'optagelse')).toBe(true);
    expect(sameWord('app', 'apps')).toBe(false);
    expect(sameWord('video', 'videokonsultation')).toBe(false);
  });
});

describe('glossary synonyms', () => {
  it('reads a term with its explanation and long compounds as spellings', () => {
    expect(termSpellings('GDPR (persondataforordningen)')).toEqual(['gdpr', 'persondataforordningen']);
    expect(termSpellings('sikkerhedsklassificeret information')).toEqual([
      'sikkerhedsklassificeret information',
      'sikkerhedsklassificeret',
    ]);
  });

  it('glossary-synonyms.json is the glossary (regenerate it when terms.yaml changes)', () => {
    expect(glossarySets).toEqual(glossarySynonymSets(getGlossary()));
  });
});

describe('rankPages', () => {
  const index: Record<string, Record<string, number>> = {
    // word → page → Pagefind score
    inspelning: { routine: 5, tool: 1 },
    mötet: { routine: 2, meetings: 4, tool: 1 },
    spela: { music: 9 },
    teams: { tool: 8, routine: 1 },
    privat: { routine: 3 },
  };
  const run = async (term: string): Promise<SearchHit<string>[]> => {
    const terms = term.split(' ');
    const pages = Object.keys(index[terms[0]!] ?? {}).filter((p) => terms.every((t) => index[t]?.[p] !== undefined));
    return pages.map((id) => ({
      id,
      score: terms.reduce((sum, t) => sum + index[t]![id]!, 0),
      data: async () => `${id} for "${term}"`,
    }));
  };

  it('ranks pages by the sum of their words’ scores times the share of the words they match', async () => {
    const ranking = await rankPages(run, readQuery('får jag spela in mötet', 'sv'));
    expect(ranking.partial).toBe(false);
    // routine 5+2; music 9 × ½; tool 1+1 and meetings 4 × ½ tie, and tool has both words together.
    expect(ranking.pages.map((p) => p.id)).toEqual(['routine', 'music', 'tool', 'meetings']);
    // The excerpt shown is the one that marks all the words.
    expect(await ranking.pages[0]!.hit.data()).toBe('routine for "inspelning mötet"');
  });

  it('a synonym counts once for its word', async () => {
    const ranking = await rankPages(run, readQuery('inspelning', 'sv'));
    // "spela" is a synonym of "inspelning": the music page matches the one word, once.
    expect(ranking.pages.map((p) => [p.id, p.matched])).toEqual([
      ['music', 1],
      ['routine', 1],
      ['tool', 1],
    ]);
  });

  it('without a page that has every word, ranks partial matches by how many words they match', async () => {
    const ranking = await rankPages(run, readQuery('privat användning teams mötet', 'sv'));
    expect(ranking.partial).toBe(true);
    expect(ranking.pages.map((p) => [p.id, p.matched])).toEqual([
      ['routine', 3],
      ['tool', 2],
      ['meetings', 1],
    ]);
  });
});

describe('bestSections', () => {
  it('keeps sections with an anchor, the most matches first, at most three', () => {
    const sub = [
      { url: '/p/', locations: [1, 2, 3, 4] },
      { url: '/p/#a', locations: [1] },
      { url: '/p/#b', locations: [1, 2, 3] },
      { url: '/p/#c', locations: [1] },
      { url: '/p/#d', locations: [1, 2] },
    ];
    expect(bestSections(sub).map((s) => s.url)).toEqual(['/p/#b', '/p/#d', '/p/#a']);
  });
});
