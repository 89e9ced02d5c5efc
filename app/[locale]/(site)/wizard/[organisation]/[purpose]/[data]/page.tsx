import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { situationParams } from '@/lib/wizard/routes';
import { isOrganisationId, isPurposeId, isDataClassId } from '@/lib/wizard/answers';
import { decideSituation, getRulesetVersion } from '@/lib/wizard';
import { Outcome } from '@/components/wizard/Outcome';

type Params = Promise<{ locale: string; organisation: string; purpose: string; data: string }>;
export const dynamicParams = false;
export const generateStaticParams = situationParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('outcomeTitle') };
}

export default async function OutcomePage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { organisation, purpose, data } = await params;
  if (!isOrganisationId(organisation) || !isPurposeId(purpose) || !isDataClassId(data)) notFound();
  return (
    <Outcome
      outcome={decideSituation({ organisation, purpose, data })}
      locale={locale}
      rulesetVersion={getRulesetVersion()}
    />
  );
}
