import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisation } from '@/lib/content/queries';
import { getPolicy } from '@/lib/wizard';
import { decisionTableView } from '@/lib/wizard/decision-table';
import { Citations } from '@/components/wizard/Citations';
import { PurposeDecisionTable } from '@/components/organisations/PurposeDecisionTable';

type Props = PageProps<'organisation'>;
export const dynamicParams = false;
export { generateStaticParams } from '../page';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organisation } = await routeParams(params);
  const org = getOrganisation(organisation);
  const t = await getTranslations({ locale, namespace: 'DecisionTable' });
  if (!org) return {};
  return describePage(
    locale,
    localePath(locale, 'organisations', org.id, 'decision-table'),
    t('title', { organisation: org.name[locale] }),
    t('intro'),
  );
}

/** Every situation × tool and function for a policy owner to review at a glance. */
export default async function DecisionTablePage({ params }: Props) {
  const { locale, organisation } = await routeParams(params);
  const org = getOrganisation(organisation);
  if (!org) notFound();
  const t = await getTranslations({ locale, namespace: 'DecisionTable' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const { tables, notes, neverDecided } = decisionTableView(getPolicy(org.id), locale, (id) => v(`need.${id}`));
  return (
    <div data-decision-table={org.id}>
      <h1 className="text-3xl font-bold">{t('title', { organisation: org.name[locale] })}</h1>
      <p className="mt-3 max-w-3xl">{t('intro')}</p>
      {tables.map(({ purpose, rows }) => (
        <PurposeDecisionTable key={purpose} locale={locale} organisation={org.id} purpose={purpose} rows={rows} />
      ))}
      <h2 id="basis" className="mt-8 text-xl font-bold">
        {t('notesHeading')}
      </h2>
      <Citations locale={locale} citations={notes} numbered />
      <h2 className="mt-8 text-xl font-bold">{t('neverAssessed')}</h2>
      <p className="mt-2">{neverDecided.join(', ')}</p>
    </div>
  );
}
