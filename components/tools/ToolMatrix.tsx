import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { OrganisationId, ToolKind } from '@/lib/vocabulary';
import { countsDisplayOrder, type VerdictCounts } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';
import { VerdictCountsView } from './VerdictCountsView';

export interface MatrixRow {
  tool: Tool;
  /** Per organisation: how many of its 24 situations give each verdict. */
  counts: Record<OrganisationId, VerdictCounts>;
}

/** The test hooks of an overview cell (shared/design/vocabulary.md › Test hooks on the tool matrices). */
const countAttributes = (c: VerdictCounts) => ({
  'data-recommended': c.recommended,
  'data-allowed': c.allowed,
  'data-conditional': c.conditional,
  'data-not-allowed': c['not-allowed'],
  'data-not-assessed': c['not-assessed'],
});

/**
 * The overview: per tool × organisation, the counts of the organisation's 24 situations per
 * verdict, never one verdict that hides a prohibition. A real table on wide screens; a list per
 * organisation on narrow ones (same data, same links; the test hooks are on the table cells).
 */
export async function ToolMatrix({
  locale,
  organisations,
  groups,
}: {
  locale: Locale;
  organisations: Organisation[];
  groups: { kind: ToolKind; rows: MatrixRow[] }[];
}) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const paths = matrixPaths(locale);
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

      <div className="relative hidden overflow-x-auto md:block">
        <table className="w-full border-collapse text-left" data-matrix>
          <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t('tool')}
              </th>
              {organisations.map((o) => (
                <th key={o.id} scope="col" className="p-2">
                  {o.name[locale]}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map(({ kind, rows }) => (
            <tbody key={kind}>
              <tr>
                <th scope="rowgroup" colSpan={organisations.length + 1} className="bg-slate-100 p-2 text-left">
                  {v(`kind.${kind}`)}
                </th>
              </tr>
              {rows.map(({ tool, counts }) => (
                <tr key={tool.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <AppLink href={paths.tool(tool.id)}>{tool.name}</AppLink>
                  </th>
                  {organisations.map((o) => (
                    <td
                      key={o.id}
                      className="p-2 align-top"
                      data-tool={tool.id}
                      data-org={o.id}
                      {...countAttributes(counts[o.id])}
                    >
                      <AppLink href={paths.toolSection(tool.id, o.id)} className="block py-1 no-underline">
                        <VerdictCountsView locale={locale} counts={counts[o.id]} />
                      </AppLink>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

      <div className="md:hidden" data-matrix-list>
        <h2 className="text-xl font-bold">{t('byOrganisation')}</h2>
        {organisations.map((o) => (
          <section key={o.id} aria-labelledby={`list-${o.id}`} className="mt-6">
            <h3 id={`list-${o.id}`} className="text-lg font-semibold">
              {o.name[locale]}
            </h3>
            {groups.map(({ kind, rows }) => (
              <div key={kind} className="mt-2">
                <h4 className="font-semibold text-slate-700">{v(`kind.${kind}`)}</h4>
                <ul className="divide-y divide-slate-200">
                  {rows.map(({ tool, counts }) => (
                    <li key={tool.id} className="py-2">
                      <AppLink href={paths.toolSection(tool.id, o.id)}>{tool.name}</AppLink>
                      <div className="mt-1">
                        <VerdictCountsView locale={locale} counts={counts[o.id]} />
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
