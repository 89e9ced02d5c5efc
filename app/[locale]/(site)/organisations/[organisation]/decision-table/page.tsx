import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localeFromParams } from '@/lib/i18n/page-params';
import { getOrganisation, toolName } from '@/lib/content/queries';
import { organisationParams } from '@/lib/wizard/routes';
import { getPolicy } from '@/lib/wizard';
import { decisionTable, type TableRow } from '@/lib/wizard/decision-table';
import { citationView } from '@/lib/content/citation-view';
import { dataClassIds, type NeedId, type OrganisationId, type ToolId } from '@/lib/vocabulary';
import { localePath } from '@/lib/i18n/paths';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';
import { CitationQuote } from '@/components/wizard/Citations';

type Params = Promise<{ locale: string; organisation: string }>;
export const dynamicParams = false;
export const generateStaticParams = organisationParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, organisation } = await params;
  const org = getOrganisation(organisation);
  const t = await getTranslations({ locale: locale as Locale, namespace: 'DecisionTable' });
  return org ? { title: t('title', { organisation: org.name[locale as Locale] }) } : {};
}

/** Every situation × tool and function for a policy owner to review at a glance. */
export default async function DecisionTablePage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const org = getOrganisation((await params).organisation);
  if (!org) notFound();
  const t = await getTranslations({ locale, namespace: 'DecisionTable' });
  const tt = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const w = await getTranslations({ locale, namespace: 'Wizard' });
  const { tables, notes, neverDecided } = decisionTable(getPolicy(org.id as OrganisationId));
  const rowName = (row: TableRow) => (row.kind === 'tool' ? toolName(row.id as ToolId) : v(`need.${row.id as NeedId}`));
  return (
    <div data-decision-table={org.id}>
      <h1 className="text-3xl font-bold">{t('title', { organisation: org.name[locale] })}</h1>
      <p className="mt-3 max-w-3xl">{t('intro')}</p>
      {tables.map(({ purpose, rows }) => (
        // Scrolls sideways on a narrow screen: a labelled, focusable region so keyboards can scroll it.
        <section key={purpose} className="mt-8 overflow-x-auto" aria-labelledby={`table-${purpose}`} tabIndex={0}>
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
                    <AppLink href={localePath(locale, 'wizard', org.id, purpose, data)}>
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
                    {rowName(row)}
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
      ))}
      <h2 id="basis" className="mt-8 text-xl font-bold">
        {t('notesHeading')}
      </h2>
      <ol className="mt-2 space-y-3 text-sm">
        {notes.map((c, i) => (
          <li key={i} id={`basis-${i + 1}`} className="flex gap-2">
            <span className="font-semibold">{i + 1}.</span>
            <div>
              <CitationQuote citation={citationView(locale, c)} translationLabel={w('quoteTranslation')} />
            </div>
          </li>
        ))}
      </ol>
      <h2 className="mt-8 text-xl font-bold">{t('neverAssessed')}</h2>
      <p className="mt-2">{neverDecided.map((id) => toolName(id as ToolId)).join(', ')}</p>
    </div>
  );
}
