import { describe, it, expect } from 'vitest';
import { createTranslator } from 'next-intl';
import { readFilters } from '@/lib/search/filters';
import { formFor, pluralForms, statusText } from '@/lib/search/status';
import { messages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/routing';

const offered = { organisation: ['region-halland', 'kl'], kind: ['guideline', 'tool'], language: ['da', 'sv', 'nb'] };

describe('the search URL read by hand-edited links', () => {
  it('keeps the filters the page offers', () => {
    const params = new URLSearchParams('q=zoom&organisation=region-halland&kind=tool&language=sv');
    expect(readFilters(params, offered)).toEqual({ organisation: 'region-halland', kind: 'tool', language: 'sv' });
  });

  it('drops an unknown value as if it were not given, keeping the others', () => {
    const params = new URLSearchParams('organisation=bogus&kind=tool&language=en');
    expect(readFilters(params, offered)).toEqual({ organisation: '', kind: 'tool', language: '' });
  });
});

// The search page renders the status messages once per plural form (app/[locale]/(site)/search/page.tsx)
// and its script fills in the count and the query (components/search/search.ts).
describe('the result status', () => {
  const translator = (locale: (typeof locales)[number]) =>
    createTranslator({ locale, messages: messages[locale], namespace: 'Search' });

  for (const locale of locales) {
    for (const key of ['results', 'partialResults'] as const) {
      it(`says what next-intl says for every count (${locale}, ${key})`, () => {
        const t = translator(locale);
        const forms = pluralForms(locale, (count, query) => t(key, { count, query }));
        for (const count of [0, 1, 2, 3, 11, 21, 50, 101, 1000, 1234567])
          expect(statusText(forms, count, 'Teams møde', locale), String(count)).toBe(
            t(key, { count, query: 'Teams møde' }),
          );
      });
    }
  }

  it('has the exact-zero wording and a form per plural category', () => {
    const forms = pluralForms('da', (count, query) => translator('da')('results', { count, query }));
    expect(Object.keys(forms).sort()).toEqual(['=0', 'one', 'other']);
    expect(formFor(forms, 0, 'da')).toEqual(['Ingen resultater for »', { slot: 'query' }, '«']);
    expect(formFor(forms, 7, 'da')).toEqual([{ slot: 'count' }, ' resultater for »', { slot: 'query' }, '«']);
  });

  it("shows a query with replacement patterns ($& and $') as typed", () => {
    const t = translator('da');
    const forms = pluralForms('da', (count, query) => t('results', { count, query }));
    expect(statusText(forms, 2, "teams $& $' $$", 'da')).toBe("2 resultater for »teams $& $' $$«");
  });

  it('refuses a message whose count cannot be told apart from other digits', () => {
    expect(() =>
      pluralForms('da', (count, query) => `${count} resultater i 1 sektion for ${query}`, 'Search.results'),
    ).toThrow(/Search\.results \(da, one\): the count 1 appears more than once/);
  });
});
