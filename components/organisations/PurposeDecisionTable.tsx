import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { OrganisationId } from '@/lib/organisations';
import { dataClassIds } from '@/lib/vocabulary';
import type { PurposeTable, TableRowView } from '@/lib/wizard/decision-table';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';

/** One purpose of the decision table: tools and functions × data classes, each cell its verdict and passage numbers. */
export async function PurposeDecisionTable({
  locale,
  organisation,
  purpose,
  rows,
}: {
  locale: Locale;
  organisation: OrganisationId;
  purpose: PurposeTable['purpose'];
  rows: TableRowView[];
}) {
  const t = await getTranslations({ locale, namespace: 'DecisionTable' });
  const tt = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    // Scrolls sideways on a narrow screen: a labelled, focusable region so keyboards can scroll it.
    <section className="mt-8 overflow-x-auto" aria-labelledby={`table-${purpose}`} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
        <caption id={`table-${purpose}`} className="mb-2 text-left text-lg font-semibold">
          {t('purposeTable', { purpose: v(`purpose.${purpose}.label`) })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="p-2">
              {tt('tool')} / {t('needsRow')}
            </th>
            {dataClassIds.map((data) => (
              <th key={data} scope="col" className="p-2">
                <AppLink href={localePath(locale, 'wizard', organisation, purpose, data)}>
                  {v(`data.${data}.label`)}
                </AppLink>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200">
              <th scope="row" className="p-2 font-normal">
                {row.name}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.data} className="p-2" data-verdict={cell.verdict}>
                  <VerdictBadge verdict={cell.verdict} label={v(`verdict.${cell.verdict}`)} />
                  {/* Plain numbers, not links: hundreds of cells stay light for every reader. */}
                  {cell.notes.length > 0 && (
                    <span className="ml-1 align-super text-xs" data-notes={cell.notes.join(' ')}>
                      [{cell.notes.join(', ')}]
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
