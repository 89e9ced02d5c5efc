import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { DecisionView } from '@/lib/wizard/present';
import { AppLink } from '@/components/ui/AppLink';
import { Citations } from './Citations';
import { VerdictBadge } from './VerdictBadge';

/** One tool or function with its verdict, conditions and the passages it rests on. */
export async function DecisionItem({
  decision,
  name,
  hook,
  locale,
  level = 4,
}: {
  decision: DecisionView;
  name: string;
  hook: 'tool' | 'need';
  locale: Locale;
  level?: 3 | 4;
}) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const Heading = level === 3 ? 'h3' : 'h4';
  const hookProps = hook === 'tool' ? { 'data-tool': decision.subject } : { 'data-need': decision.subject };
  return (
    <li {...hookProps} data-verdict={decision.verdict} className="border-b border-slate-200 py-4 break-inside-avoid">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Heading className="text-lg font-semibold" data-need-label={hook === 'need' ? '' : undefined}>
          {decision.href ? <AppLink href={decision.href}>{name}</AppLink> : name}
        </Heading>
        <VerdictBadge verdict={decision.verdict} label={v(`verdict.${decision.verdict}`)} />
        {hook === 'need' && <span data-asked-mark className="text-sm font-semibold text-brand-700" />}
      </div>
      {decision.conditions.length > 0 && (
        <div className="mt-2">
          <p className="sr-only">{t('conditions')}</p>
          <ul className="list-disc space-y-1 pl-5">
            {decision.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <Citations locale={locale} citations={decision.citations} />
    </li>
  );
}
