import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation, Tool } from '@/lib/content/schema';
import type { ToolKind } from '@/lib/vocabulary';
import type { MatrixSituation, SituationRow } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { PlainLink } from '@/components/ui/PlainLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';
import { MatrixBody, MatrixHead } from './MatrixParts';
import { forOrganisation } from '@/lib/organisations';
import { SituationMatrixByOrganisation } from './SituationMatrixByOrganisation';

/**
 * One situation: the wizard's verdict for every tool (rows, grouped by kind) at every organisation
 * (columns). Each cell links to the wizard outcome, which holds the conditions and citations. On a
 * narrow screen the table scrolls sideways inside a focusable, labelled region; the tool names stay put
 * (inline-size containment keeps the table's width from widening the page around it). When the
 * organisations outnumber the tools, they become the rows (SituationMatrixByOrganisation).
 */
export async function SituationMatrixTable({
  locale,
  situation,
  organisations,
  groups,
}: {
  locale: Locale;
  situation: MatrixSituation;
  organisations: Organisation[];
  groups: { kind: ToolKind; rows: SituationRow<Tool>[] }[];
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
      {organisations.length > groups.reduce((n, g) => n + g.rows.length, 0) ? (
        <SituationMatrixByOrganisation
          locale={locale}
          situation={situation}
          organisations={organisations}
          groups={groups}
          captionId="situation-matrix-caption"
          caption={t('matrixCaption', names)}
        />
      ) : (
        <table
          className="w-full min-w-[42rem] border-collapse text-left"
          data-situation-matrix
          data-purpose={situation.purpose}
          data-data={situation.data}
        >
          <caption id="situation-matrix-caption" className="mb-2 text-left font-semibold">
            {t('matrixCaption', names)}
          </caption>
          <MatrixHead
            locale={locale}
            toolLabel={t('tool')}
            organisations={organisations}
            stickyToolColumn
            organisationCell={(o) => <PlainLink href={paths.outcome(o.id, situation)}>{o.name[locale]}</PlainLink>}
          />
          <MatrixBody
            locale={locale}
            organisations={organisations}
            groups={groups}
            kindLabel={(kind) => v(`kind.${kind}`)}
            stickyToolColumn
            cell={({ tool, verdicts }, o) => (
              <td
                key={o.id}
                className="p-2"
                data-tool={tool.id}
                data-org={o.id}
                data-verdict={forOrganisation(verdicts, o.id)}
              >
                <PlainLink href={paths.outcome(o.id, situation)} className="inline-block py-1 no-underline">
                  <VerdictBadge
                    verdict={forOrganisation(verdicts, o.id)}
                    label={v(`verdict.${forOrganisation(verdicts, o.id)}`)}
                  />{' '}
                  <span className="sr-only">
                    ({t('cellContext', { tool: tool.name, organisation: o.name[locale] })})
                  </span>
                </PlainLink>
              </td>
            )}
          />
        </table>
      )}
    </section>
  );
}
