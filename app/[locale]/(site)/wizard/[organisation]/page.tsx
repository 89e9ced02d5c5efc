import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { getOrganisation } from '@/lib/content/queries';
import { organisationParams } from '@/lib/wizard/routes';
import { PurposeQuestion } from '@/components/wizard/PurposeQuestion';

type Params = Promise<{ locale: string; organisation: string }>;
export const dynamicParams = false;
export const generateStaticParams = organisationParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('qPurpose') };
}

export default async function PurposeQuestionPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const org = getOrganisation((await params).organisation);
  if (!org) notFound();
  return <PurposeQuestion locale={locale} org={org} />;
}
