import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { ToolKind } from '@/lib/vocabulary';
import type { MatrixSituation, SituationMatrix } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';

/**
 * One situation: the wizard's verdict for every tool (rows, grouped by kind) at every organisation
 * (columns). Each cell links to the wizard outcome, which holds the conditions and citations. On a
 * narrow screen the table scrolls sideways inside a focusable, labelled region; the tool names stay put
 * (inline-size containment keeps the table's width from widening the page around it).
 */
export async function SituationMatrixTable({
  locale,
  situation,
  organisations,
  groups,
  cells,
}: {
  locale: Locale;
  situation: MatrixSituation;
  organisations: Organisation[];
  groups: { kind: ToolKind; tools: Tool[] }[];
  cells: SituationMatrix;
}) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const paths = matrixPaths(locale);
  const names = { purpose: v(`purpose.${situation.purpose}.label`), data: v(`data.${situation.data}.label`) };
  return (
    <section
      aria-labelledby="situation-matrix-caption"
      tabIndex={0}
      className="relative mt-6 overflow-x-auto [contain:inline-size]"
    >
      <table
        className="w-full min-w-[42rem] border-collapse text-left"
        data-situation-matrix
        data-purpose={situation.purpose}
        data-data={situation.data}
      >
        <caption id="situation-matrix-caption" className="mb-2 text-left font-semibold">
          {t('matrixCaption', names)}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="sticky left-0 bg-white p-2">
              {t('tool')}
            </th>
            {organisations.map((o) => (
              <th key={o.id} scope="col" className="p-2">
                <AppLink href={paths.outcome(o.id, situation)}>{o.name[locale]}</AppLink>
              </th>
            ))}
          </tr>
        </thead>
        {groups.map(({ kind, tools }) => (
          <tbody key={kind}>
            <tr>
              <th scope="rowgroup" colSpan={organisations.length + 1} className="bg-slate-100 p-2 text-left">
                {v(`kind.${kind}`)}
              </th>
            </tr>
            {tools.map((tool) => (
              <tr key={tool.id} className="border-b border-slate-200">
                <th scope="row" className="sticky left-0 bg-white p-2 font-normal">
                  <AppLink href={paths.tool(tool.id)}>{tool.name}</AppLink>
                </th>
                {organisations.map((o) => {
                  const verdict = cells[tool.id][o.id];
                  return (
                    <td key={o.id} className="p-2" data-tool={tool.id} data-org={o.id} data-verdict={verdict}>
                      <AppLink href={paths.outcome(o.id, situation)} className="inline-block py-1 no-underline">
                        <VerdictBadge verdict={verdict} label={v(`verdict.${verdict}`)} />{' '}
                        <span className="sr-only">
                          ({t('cellContext', { tool: tool.name, organisation: o.name[locale] })})
                        </span>
                      </AppLink>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
