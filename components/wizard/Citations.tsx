import type { CitationView } from '@/lib/content/citation-view';
import { AppLink } from '@/components/ui/AppLink';

export interface CitationLabels {
  basis: string;
  translation: string;
}

/** One passage: the source's own words (in its language), the portal's translation marked as one, the link. */
export function CitationQuote({ citation: c, translationLabel }: { citation: CitationView; translationLabel: string }) {
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

/** The passages a verdict or a practice rests on. */
export function Citations({ citations, labels }: { citations: CitationView[]; labels: CitationLabels }) {
  if (citations.length === 0) return null;
  return (
    <div className="mt-2 text-sm" data-citations>
      <p className="font-semibold">{labels.basis}</p>
      <ul className="mt-1 space-y-2">
        {citations.map((c) => (
          <li key={`${c.key}|${c.quote?.text ?? ''}`} data-quote-of={c.key}>
            <CitationQuote citation={c} translationLabel={labels.translation} />
          </li>
        ))}
      </ul>
    </div>
  );
}
