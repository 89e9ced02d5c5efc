import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations } from '@/lib/content/queries';
import { QuestionPage } from '@/components/wizard/QuestionPage';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('title') };
}

/** The first question for an iframe: each answer opens the full portal in the top window. */
export default async function EmbedWizardStart({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <QuestionPage
      target="_top"
      question={t('qOrganisation')}
      step={t('step', { current: 1, total: 4 })}
      backLabel={t('back')}
      choices={getOrganisations().map((o) => ({
        id: o.id,
        href: localePath(locale, 'wizard', o.id),
        label: o.name[locale],
      }))}
    />
  );
}
