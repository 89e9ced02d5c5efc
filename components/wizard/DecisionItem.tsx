import type { Decision } from '@/lib/wizard/engine';
import type { Locale } from '@/lib/i18n/routing';
import { citationViews } from '@/lib/content/citation-view';
import { AppLink } from '@/components/ui/AppLink';
import { Citations } from './Citations';
import { VerdictBadge } from './VerdictBadge';

export interface DecisionLabels {
  verdict: string;
  conditions: string;
  basis: string;
  translation: string;
}

/** One tool or function with its verdict, conditions and the passages it rests on. */
export function DecisionItem({
  decision,
  name,
  hook,
  locale,
  labels,
  href,
  level = 4,
}: {
  decision: Decision<string>;
  name: string;
  hook: 'tool' | 'need';
  locale: Locale;
  labels: DecisionLabels;
  href?: string;
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const hookProps = hook === 'tool' ? { 'data-tool': decision.subject } : { 'data-need': decision.subject };
  return (
    <li {...hookProps} data-verdict={decision.verdict} className="border-b border-slate-200 py-4 break-inside-avoid">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Heading className="text-lg font-semibold" data-need-label={hook === 'need' ? '' : undefined}>
          {href ? <AppLink href={href}>{name}</AppLink> : name}
        </Heading>
        <VerdictBadge verdict={decision.verdict} label={labels.verdict} />
        {hook === 'need' && <span data-asked-mark className="text-sm font-semibold text-brand-700" />}
      </div>
      {decision.conditions.length > 0 && (
        <div className="mt-2">
          <p className="sr-only">{labels.conditions}</p>
          <ul className="list-disc space-y-1 pl-5">
            {decision.conditions.map((c, i) => (
              <li key={i}>{c[locale]}</li>
            ))}
          </ul>
        </div>
      )}
      <Citations
        citations={citationViews(locale, decision.citations)}
        labels={{ basis: labels.basis, translation: labels.translation }}
      />
    </li>
  );
}
