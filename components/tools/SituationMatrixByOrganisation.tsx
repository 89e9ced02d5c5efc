import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { ToolKind } from '@/lib/vocabulary';
import type { MatrixSituation, SituationRow } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { groupByPlace } from '@/lib/organisation-groups';
import { placeLabeller } from '@/lib/i18n/organisation-place';
import { forOrganisation } from '@/lib/organisations';
import { PlainLink } from '@/components/ui/PlainLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';

/**
 * The situation matrix turned for many organisations: one row per organisation (grouped by country and
 * kind, the name staying put while the table scrolls sideways), one column per tool (grouped by kind).
 * A hundred organisations read down a page; a hundred columns would not read at all.
 * Same cells and test hooks as SituationMatrixTable's.
 */
export async function SituationMatrixByOrganisation({
  locale,
  situation,
  organisations,
  groups,
  captionId,
  caption,
}: {
  locale: Locale;
  situation: MatrixSituation;
  organisations: Organisation[];
  groups: { kind: ToolKind; rows: SituationRow<Tool>[] }[];
  captionId: string;
  caption: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const placeOf = await placeLabeller(locale);
  const paths = matrixPaths(locale);
  const columns = groups.flatMap((g) => g.rows);
  const places = groupByPlace(organisations, placeOf);
  return (
    <table
      className="border-collapse text-left"
      data-situation-matrix
      data-purpose={situation.purpose}
      data-data={situation.data}
      data-orientation="organisations-as-rows"
    >
      <caption id={captionId} className="mb-2 text-left font-semibold">
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className="sticky left-0 bg-white p-2 align-bottom">
            {t('organisation')}
          </th>
          {groups.map((g) => (
            <th
              key={g.kind}
              scope="colgroup"
              colSpan={g.rows.length}
              className="border-l border-slate-300 bg-slate-100 p-2"
            >
              {v(`kind.${g.kind}`)}
            </th>
          ))}
        </tr>
        <tr className="border-b-2 border-slate-400">
          {columns.map(({ tool }) => (
            <th key={tool.id} scope="col" className="p-2 align-bottom text-sm">
              <PlainLink href={paths.tool(tool.id)}>{tool.name}</PlainLink>
            </th>
          ))}
        </tr>
      </thead>
      {places.flatMap((country) =>
        country.kinds.map((kind) => (
          <tbody key={`${country.id}-${kind.id}`}>
            <tr>
              <th scope="rowgroup" colSpan={columns.length + 1} className="bg-slate-100 p-2 text-left">
                {country.heading} · {kind.heading}
              </th>
            </tr>
            {kind.items.map((o) => (
              <tr key={o.id} className="border-b border-slate-200">
                <th scope="row" className="sticky left-0 bg-white p-2 font-normal">
                  <PlainLink href={paths.outcome(o.id, situation)}>{o.name[locale]}</PlainLink>
                </th>
                {columns.map(({ tool, verdicts }) => {
                  const verdict = forOrganisation(verdicts, o.id);
                  return (
                    <td key={tool.id} className="p-1" data-tool={tool.id} data-org={o.id} data-verdict={verdict}>
                      <PlainLink href={paths.outcome(o.id, situation)} className="inline-block py-1 no-underline">
                        <VerdictBadge verdict={verdict} label={v(`verdict.${verdict}`)} />
                        <span className="sr-only">
                          ({t('cellContext', { tool: tool.name, organisation: o.name[locale] })})
                        </span>
                      </PlainLink>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        )),
      )}
    </table>
  );
}
