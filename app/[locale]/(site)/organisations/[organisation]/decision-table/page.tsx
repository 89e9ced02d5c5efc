import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localeFromParams } from '@/lib/i18n/page-params';
import { getOrganisation, toolName } from '@/lib/content/queries';
import { organisationParams } from '@/lib/wizard/routes';
import { decideSituation } from '@/lib/wizard';
import { purposeIds, dataClassIds, toolIds, needIds, type OrganisationId } from '@/lib/vocabulary';
import { localePath } from '@/lib/i18n/paths';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';

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
  const outcomes = Object.fromEntries(
    purposeIds.map((purpose) => [
      purpose,
      dataClassIds.map((data) => decideSituation({ organisation: org.id as OrganisationId, purpose, data })),
    ]),
  );
  const decided = toolIds.filter((tool) =>
    Object.values(outcomes)
      .flat()
      .some((o) => o.tools.find((d) => d.subject === tool)!.verdict !== 'not-assessed'),
  );
  const never = toolIds.filter((tool) => !decided.includes(tool));
  return (
    <div data-decision-table={org.id}>
      <h1 className="text-3xl font-bold">{t('title', { organisation: org.name[locale] })}</h1>
      <p className="mt-3 max-w-3xl">{t('intro')}</p>
      {purposeIds.map((purpose) => (
        <div key={purpose} className="mt-8 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left text-lg font-semibold">
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
              {[
                ...decided.map((id) => ({ id, name: toolName(id), kind: 'tools' as const })),
                ...needIds.map((id) => ({ id, name: v(`need.${id}`), kind: 'needs' as const })),
              ].map((row) => (
                <tr key={row.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {row.name}
                  </th>
                  {outcomes[purpose]!.map((o) => {
                    const verdict = o[row.kind].find((d) => d.subject === row.id)!.verdict;
                    return (
                      <td key={o.situation.data} className="p-2">
                        <VerdictBadge verdict={verdict} label={v(`verdict.${verdict}`)} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <h2 className="mt-8 text-xl font-bold">{t('neverAssessed')}</h2>
      <p className="mt-2">{never.map((id) => toolName(id)).join(', ')}</p>
    </div>
  );
}
