import { compoundTerms } from '@/lib/search/decompound';
import type { Locale } from '@/lib/i18n/routing';

/**
 * What Pagefind should know about a page beyond its text: filters (kind, organisation, original
 * language), result metadata, and the parts of compound words (see lib/search/decompound.ts).
 * Nothing here is visible or read out.
 */
export function SearchFacets({
  kind,
  organisation,
  organisationName,
  language,
  text,
  locale,
}: {
  kind: string;
  organisation?: string;
  organisationName?: string;
  language?: string;
  text?: string;
  locale?: Locale;
}) {
  const extra = text && locale ? compoundTerms(text, locale) : [];
  return (
    <div hidden aria-hidden="true">
      <span data-pagefind-filter={`kind:${kind}`} />
      {organisation && <span data-pagefind-filter={`organisation:${organisation}`} />}
      {language && <span data-pagefind-filter={`language:${language}`} />}
      {organisationName && <span data-pagefind-meta={`organisation:${organisationName}`} />}
      {extra.length > 0 && <p data-pagefind-weight="0.5">{extra.join(' ')}</p>}
    </div>
  );
}
