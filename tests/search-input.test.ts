import { describe, it, expect } from 'vitest';
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { readFilters } from '@/lib/search/filters';
import { SearchStatus } from '@/components/search/SearchStatus';
import { messages } from '@/lib/i18n/messages';

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

describe('the result status', () => {
  it("shows a query with replacement patterns ($& and $') as typed", () => {
    const status = createElement(SearchStatus, { query: "teams $& $' $$", total: 2, busy: false, done: true });
    const provider: ComponentProps<typeof NextIntlClientProvider> = {
      locale: 'da',
      messages: messages.da,
      children: status,
    };
    const html = renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
    expect(html).toContain('teams $&amp; $&#x27; $$');
  });
});
