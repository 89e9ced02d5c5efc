import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisation } from '@/lib/content/queries';
import { purposeParams } from '@/lib/wizard/routes';
import { isPurposeId } from '@/lib/wizard/answers';
import { dataClassIds } from '@/lib/vocabulary';
import { QuestionPage } from '@/components/wizard/QuestionPage';

type Params = Promise<{ locale: string; organisation: string; purpose: string }>;
export const dynamicParams = false;
export const generateStaticParams = purposeParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('qData') };
}

export default async function DataQuestion({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { organisation, purpose } = await params;
  const org = getOrganisation(organisation);
  if (!org || !isPurposeId(purpose)) notFound();
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <QuestionPage
      question={t('qData')}
      step={`${t('step', { current: 3, total: 4 })} · ${org.name[locale]} · ${v(`purpose.${purpose}.label`)}`}
      back={localePath(locale, 'wizard', org.id)}
      backLabel={t('back')}
      choices={dataClassIds.map((d) => ({
        id: d,
        href: localePath(locale, 'wizard', org.id, purpose, d, 'needs'),
        label: v(`data.${d}.label`),
        hint: v(`data.${d}.hint`),
      }))}
    />
  );
}
