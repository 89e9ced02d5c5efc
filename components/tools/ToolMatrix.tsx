import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { ToolKind, Verdict } from '@/lib/vocabulary';
import { verdictOrder } from '@/lib/wizard/engine';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';

export interface MatrixRow {
  tool: Tool;
  /** One status per organisation, in the order of `organisations`. */
  statuses: Verdict[];
  /** Per organisation: in how many situations the tool is not allowed (shown when the status is better). */
  forbidden: number[];
}

/** A real table on wide screens; a list per organisation on narrow ones (same data, same links). */
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
  const cellHref = (tool: string, org: string) => `${localePath(locale, 'tools', tool)}#${org}`;
  return (
    <>
      <section aria-labelledby="legend-heading" className="my-6 rounded border border-slate-300 p-4">
        <h2 id="legend-heading" className="font-bold">
          {t('legend')}
        </h2>
        <p className="mt-1 text-sm">{t('legendIntro')}</p>
        <ul className="mt-2 flex flex-wrap gap-3">
          {verdictOrder.map((verdict) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} label={v(`verdict.${verdict}`)} />
            </li>
          ))}
        </ul>
      </section>

      <div className="hidden overflow-x-auto md:block">
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
                <th scope="colgroup" colSpan={organisations.length + 1} className="bg-slate-100 p-2 text-left">
                  {v(`kind.${kind}`)}
                </th>
              </tr>
              {rows.map(({ tool, statuses, forbidden }) => (
                <tr key={tool.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    <AppLink href={localePath(locale, 'tools', tool.id)}>{tool.name}</AppLink>
                  </th>
                  {organisations.map((o, i) => (
                    <td key={o.id} className="p-2" data-tool={tool.id} data-org={o.id} data-status={statuses[i]}>
                      <AppLink href={cellHref(tool.id, o.id)} className="no-underline">
                        <VerdictBadge verdict={statuses[i]!} label={v(`verdict.${statuses[i]!}`)} />
                      </AppLink>
                      {statuses[i] !== 'not-allowed' && forbidden[i]! > 0 && (
                        <span className="mt-1 block text-xs text-red-900">
                          ✕ {t('forbiddenIn', { count: forbidden[i]! })}
                        </span>
                      )}
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
        {organisations.map((o, i) => (
          <section key={o.id} aria-labelledby={`list-${o.id}`} className="mt-6">
            <h3 id={`list-${o.id}`} className="text-lg font-semibold">
              {o.name[locale]}
            </h3>
            {groups.map(({ kind, rows }) => (
              <div key={kind} className="mt-2">
                <h4 className="font-semibold text-slate-700">{v(`kind.${kind}`)}</h4>
                <ul className="divide-y divide-slate-200">
                  {rows.map(({ tool, statuses, forbidden }) => (
                    <li key={tool.id} className="flex items-center justify-between gap-2 py-2">
                      <AppLink href={cellHref(tool.id, o.id)}>{tool.name}</AppLink>
                      <span className="text-right">
                        <VerdictBadge verdict={statuses[i]!} label={v(`verdict.${statuses[i]!}`)} />
                        {statuses[i] !== 'not-allowed' && forbidden[i]! > 0 && (
                          <span className="block text-xs text-red-900">
                            ✕ {t('forbiddenIn', { count: forbidden[i]! })}
                          </span>
                        )}
                      </span>
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
