import { getTranslations } from 'next-intl/server';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { PlainLink } from '@/components/ui/PlainLink';
import { VerdictCountsView } from './VerdictCountsView';
import type { OverviewProps } from './ToolMatrix';
import { forOrganisation } from '@/lib/organisations';

/** The overview as a list per organisation, for narrow screens (the same data and links as the table). */
export async function OverviewList({ locale, organisations, groups }: OverviewProps) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const paths = matrixPaths(locale);
  return (
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
                    <PlainLink href={paths.toolSection(tool.id, o.id)}>{tool.name}</PlainLink>
                    <div className="mt-1">
                      <VerdictCountsView locale={locale} counts={forOrganisation(counts, o.id)} />
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
