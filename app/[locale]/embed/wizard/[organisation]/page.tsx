import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisation } from '@/lib/content/queries';
import { organisationParams } from '@/lib/wizard/routes';
import { purposeIds } from '@/lib/vocabulary';
import { QuestionPage } from '@/components/wizard/QuestionPage';

type Params = Promise<{ locale: string; organisation: string }>;
export const dynamicParams = false;
export const generateStaticParams = organisationParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('qPurpose') };
}

/** An organisation's own iframe starts at the second question. */
export default async function EmbedPurposeQuestion({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const org = getOrganisation((await params).organisation);
  if (!org) notFound();
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <QuestionPage
      target="_top"
      question={t('qPurpose')}
      step={`${t('step', { current: 2, total: 4 })} · ${org.name[locale]}`}
      backLabel={t('back')}
      choices={purposeIds.map((p) => ({
        id: p,
        href: localePath(locale, 'wizard', org.id, p),
        label: v(`purpose.${p}.label`),
        hint: v(`purpose.${p}.hint`),
      }))}
    />
  );
}
