import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { CitationView } from '@/lib/content/citation-view';
import { AppLink } from '@/components/ui/AppLink';

/** One passage: the source's own words (in its language), the portal's translation marked as one, the link. */
function CitationQuote({ citation: c, translationLabel }: { citation: CitationView; translationLabel: string }) {
  return (
    <>
      {c.quote && (
        <blockquote lang={c.quote.lang} className="border-l-4 border-slate-400 pl-3" data-quote>
          {c.quote.text}
        </blockquote>
      )}
      {c.quote?.translation && (
        <p className="pl-4 text-slate-700" data-quote-translation>
          <span className="font-semibold">{translationLabel}:</span> {c.quote.translation}
        </p>
      )}
      <p className="pl-4">
        {c.href ? (
          <AppLink href={c.href} data-citation={c.key}>
            {c.label}
          </AppLink>
        ) : (
          c.label
        )}
      </p>
    </>
  );
}

/**
 * The passages a verdict or a practice rests on, under "Basis"; or, `numbered`, the passages a
 * whole page refers to by number (`basis-1`, … as fragment targets: the decision table).
 */
export async function Citations({
  locale,
  citations,
  numbered = false,
}: {
  locale: Locale;
  citations: CitationView[];
  numbered?: boolean;
}) {
  if (citations.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const translationLabel = t('quoteTranslation');
  if (numbered)
    return (
      <ol className="mt-2 space-y-3 text-sm">
        {citations.map((c, i) => (
          <li key={i} id={`basis-${i + 1}`} className="flex gap-2">
            <span className="font-semibold">{i + 1}.</span>
            <div>
              <CitationQuote citation={c} translationLabel={translationLabel} />
            </div>
          </li>
        ))}
      </ol>
    );
  return (
    <div className="mt-2 text-sm" data-citations>
      <p className="font-semibold">{t('basis')}</p>
      <ul className="mt-1 space-y-2">
        {citations.map((c) => (
          <li key={`${c.key}|${c.quote?.text ?? ''}`} data-quote-of={c.key}>
            <CitationQuote citation={c} translationLabel={translationLabel} />
          </li>
        ))}
      </ul>
    </div>
  );
}
