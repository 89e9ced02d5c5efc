import { getTranslations } from 'next-intl/server';
import type { VerdictCounts } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { PlainLink } from '@/components/ui/PlainLink';
import { VerdictCountsView } from './VerdictCountsView';
import { MatrixBody, MatrixHead } from './MatrixParts';
import type { OverviewProps } from './ToolMatrix';
import { forOrganisation } from '@/lib/organisations';

/** The test hooks of an overview cell (shared/design/vocabulary.md › Test hooks on the tool matrices). */
const countAttributes = (c: VerdictCounts) => ({
  'data-recommended': c.recommended,
  'data-allowed': c.allowed,
  'data-conditional': c.conditional,
  'data-not-allowed': c['not-allowed'],
  'data-not-assessed': c['not-assessed'],
});

/** The overview as a table, for wide screens: tools in rows, organisations in columns. */
export async function OverviewTable({ locale, organisations, groups }: OverviewProps) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const paths = matrixPaths(locale);
  return (
    <div className="relative hidden overflow-x-auto md:block">
      <table className="w-full border-collapse text-left" data-matrix>
        <caption className="mb-2 text-left font-semibold">{t('caption')}</caption>
        <MatrixHead locale={locale} toolLabel={t('tool')} organisations={organisations} />
        <MatrixBody
          locale={locale}
          organisations={organisations}
          groups={groups}
          kindLabel={(kind) => v(`kind.${kind}`)}
          cell={({ tool, counts }, o) => (
            <td
              key={o.id}
              className="p-2 align-top"
              data-tool={tool.id}
              data-org={o.id}
              {...countAttributes(forOrganisation(counts, o.id))}
            >
              <PlainLink href={paths.toolSection(tool.id, o.id)} className="block py-1 no-underline">
                <VerdictCountsView locale={locale} counts={forOrganisation(counts, o.id)} />
              </PlainLink>
            </td>
          )}
        />
      </table>
    </div>
  );
}
