import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Organisation } from '@/lib/content/schema';
import { purposeIds } from '@/lib/vocabulary';
import { QuestionPage } from './QuestionPage';

/** Question 2, shared by the portal (with a back link) and the embed (links open the top window). */
export async function PurposeQuestion({
  locale,
  org,
  embed = false,
}: {
  locale: Locale;
  org: Organisation;
  embed?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <QuestionPage
      target={embed ? '_top' : undefined}
      question={t('qPurpose')}
      step={`${t('step', { current: 2, total: 4 })} · ${org.name[locale]}`}
      back={embed ? undefined : localePath(locale, 'wizard')}
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
