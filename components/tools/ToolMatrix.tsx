import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { ToolKind } from '@/lib/vocabulary';
import { countsDisplayOrder, type OverviewRow } from '@/lib/wizard/matrix';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';
import { OverviewTable } from './OverviewTable';
import { OverviewList } from './OverviewList';

/** What the overview's parts are given: the organisations (columns) and the tool rows by kind. */
export interface OverviewProps {
  locale: Locale;
  organisations: Organisation[];
  groups: { kind: ToolKind; rows: OverviewRow<Tool>[] }[];
}

/**
 * The overview: per tool × organisation, the counts of the organisation's 24 situations per
 * verdict, never one verdict that hides a prohibition. A real table on wide screens; a list per
 * organisation on narrow ones (same data, same links; the test hooks are on the table cells).
 */
export async function ToolMatrix({ locale, organisations, groups }: OverviewProps) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <>
      <section aria-labelledby="legend-heading" className="my-6 rounded border border-slate-300 p-4">
        <h2 id="legend-heading" className="font-bold">
          {t('legend')}
        </h2>
        <p className="mt-1 max-w-3xl text-sm">{t('legendIntro')}</p>
        <ul className="mt-2 flex flex-wrap gap-3">
          {countsDisplayOrder.map((verdict) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} label={v(`verdict.${verdict}`)} />
            </li>
          ))}
        </ul>
      </section>
      <OverviewTable locale={locale} organisations={organisations} groups={groups} />
      <OverviewList locale={locale} organisations={organisations} groups={groups} />
    </>
  );
}
