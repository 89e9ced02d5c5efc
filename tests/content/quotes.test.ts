/** Finding a quote in its section, and the normative sentences of a page. */
import { describe, it, expect } from 'vitest';
import { textUnits, sectionUnits } from '@/lib/content/source-text';
import { pageText, sectionSpan, findQuote, sentencesOf, normalise } from '@/lib/content/quotes';

const body = `<H2 id="rules">Regler</H2>

Fra NSM:

<Checklist id="home" title="Det viktigste">
<Check>**Velg riktig utstyr.** Bruk arbeidsgivers utstyr.</Check>
<Check>Unngå gratis nett.</Check>
</Checklist>

<H3 id="meetings">Møter</H3>

- Videomøtene skal kun være muntlig. Unngå chat med sensitiv informasjon og deling av skjerm.
- Se [veiledningen](https://example.org) – den er «kort».

<Missing />

<H2 id="other">Annet</H2>

| Navn | Beskrivelse |
|---|---|
| Zoom | Tjenesten bør ikke brukes f.eks. til pasienter. |

<Definitions>
<Definition term="VPN">Et privat nett.</Definition>
</Definitions>
`;

describe('text units', () => {
  const units = textUnits(body);
  it('keeps each list item, checklist item and table cell apart, with the sections it stands in', () => {
    expect(units.map((u) => [u.text, u.sections.join('>')])).toEqual([
      ['Fra NSM:', 'rules'],
      ['Det viktigste', 'rules'],
      ['Velg riktig utstyr. Bruk arbeidsgivers utstyr.', 'rules'],
      ['Unngå gratis nett.', 'rules'],
      ['Videomøtene skal kun være muntlig. Unngå chat med sensitiv informasjon og deling av skjerm.', 'rules>meetings'],
      ['Se veiledningen – den er «kort».', 'rules>meetings'],
      ['Navn', 'other'],
      ['Beskrivelse', 'other'],
      ['Zoom', 'other'],
      ['Tjenesten bør ikke brukes f.eks. til pasienter.', 'other'],
      ['VPN', 'other'],
      ['Et privat nett.', 'other'],
    ]);
  });
  it('an H2 section includes its H3 subsections; an H3 does not include its parent', () => {
    expect(sectionUnits(units, 'rules')).toHaveLength(6);
    expect(sectionUnits(units, 'meetings')).toHaveLength(2);
  });
  it('reports lines of the body', () => {
    expect(units.find((u) => u.text.startsWith('Videomøtene'))!.line).toBe(12);
  });
});

describe('quotes', () => {
  const page = pageText(textUnits(body));
  const within = (section: string) => sectionSpan(page, section)!;
  it('finds a quote in its section, across quotation marks, dashes, spaces and soft hyphens', () => {
    expect(findQuote(page, 'Video\u00ADmøtene  skal kun være muntlig.', within('meetings'))).toBeDefined();
    expect(findQuote(page, 'Se veiledningen - den er "kort"', within('meetings'))).toBeDefined();
  });
  it('finds a quote that leaves words out with … (or ...), in order only', () => {
    expect(findQuote(page, 'Videomøtene skal … deling av skjerm', within('meetings'))).toHaveLength(2);
    expect(findQuote(page, 'Videomøtene skal ... deling av skjerm', within('meetings'))).toHaveLength(2);
    expect(findQuote(page, 'deling av skjerm … Videomøtene skal', within('meetings'))).toBeUndefined();
  });
  it('finds a quote in a subsection of the cited H2, but not in another section', () => {
    expect(findQuote(page, 'Unngå chat med sensitiv informasjon', within('rules'))).toBeDefined();
    expect(findQuote(page, 'Unngå chat med sensitiv informasjon', within('other'))).toBeUndefined();
  });
  it('refuses a quote that differs by a word or by case', () => {
    expect(findQuote(page, 'Videomøtene skal bare være muntlig', within('meetings'))).toBeUndefined();
    expect(findQuote(page, 'videomøtene skal kun være muntlig', within('meetings'))).toBeUndefined();
  });
  it('normalises typographic marks only', () => {
    expect(normalise('„a“ – ‘b’\u00AD  c')).toBe('"a" - \'b\' c');
  });
});

describe('normative sentences', () => {
  const sentences = sentencesOf(pageText(textUnits(body)), 'nb');
  const normative = sentences.filter((s) => s.normative).map((s) => [s.text, s.normative]);
  it('splits at sentence ends and between units, not after abbreviations followed by lower case', () => {
    expect(sentences.map((s) => s.text)).toContain('Tjenesten bør ikke brukes f.eks. til pasienter.');
    expect(sentences.map((s) => s.text)).toContain('Unngå chat med sensitiv informasjon og deling av skjerm.');
  });
  it('finds each normative word of the language, whole words only', () => {
    expect(normative).toEqual([
      ['Unngå gratis nett.', 'unngå'],
      ['Videomøtene skal kun være muntlig.', 'skal'],
      ['Unngå chat med sensitiv informasjon og deling av skjerm.', 'unngå'],
      ['Tjenesten bør ikke brukes f.eks. til pasienter.', 'bør'],
    ]);
  });
  it('uses the words of the page language', () => {
    const sv = sentencesOf(pageText(textUnits('Man får inte spela in. Mötet skal vara kort.')), 'sv');
    expect(sv.map((s) => s.normative)).toEqual(['får inte', undefined]);
  });
  it('splits the bullet list of a table cell into items', () => {
    const cell =
      '| Spørgsmål |\n|---|\n| Giver leverandøren mulighed for dette? • Skal vi indkøbe devices? • Hvem betaler |';
    const texts = sentencesOf(pageText(textUnits(cell)), 'da').map((s) => [s.text, s.normative]);
    expect(texts).toEqual([
      ['Spørgsmål', undefined],
      ['Giver leverandøren mulighed for dette?', undefined],
      ['Skal vi indkøbe devices?', 'skal'],
      ['Hvem betaler', undefined],
    ]);
  });
  it('ignores a normative word inside a web address', () => {
    const text = 'Læs mere hos Datatilsynet: https://www.datatilsynet.dk/ny-skabelon-skal-hjaelpe/ om aftaler.';
    expect(sentencesOf(pageText(textUnits(text)), 'da').map((s) => s.normative)).toEqual([undefined]);
  });
});
