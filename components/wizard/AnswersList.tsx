import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import type { Situation } from '@/lib/wizard/engine';
import { getOrganisation } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';

/** The answers given, each with a "change" link back to its question (GOV.UK check-answers). */
export async function AnswersList({ situation, locale }: { situation: Situation; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const { organisation, purpose, data } = situation;
  const rows = [
    {
      key: 'organisation',
      question: t('qOrganisation'),
      answer: getOrganisation(organisation)!.name[locale],
      href: localePath(locale, 'wizard'),
    },
    {
      key: 'purpose',
      question: t('qPurpose'),
      answer: v(`purpose.${purpose}.label`),
      href: localePath(locale, 'wizard', organisation),
    },
    {
      key: 'data',
      question: t('qData'),
      answer: v(`data.${data}.label`),
      href: localePath(locale, 'wizard', organisation, purpose),
    },
    {
      key: 'needs',
      question: t('qNeeds'),
      answer: t('needsNone'),
      href: localePath(locale, 'wizard', organisation, purpose, data, 'needs'),
    },
  ];
  return (
    <section aria-labelledby="answers-heading" className="mt-8">
      <h2 id="answers-heading" className="text-xl font-bold">
        {t('yourAnswers')}
      </h2>
      <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
        {rows.map((r) => (
          <div key={r.key} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{r.question}</dt>
            <dd data-answer={r.key}>{r.answer}</dd>
            <dd className="no-print">
              <AppLink href={r.href} data-change={r.key} aria-label={t('changeLabel', { question: r.question })}>
                {t('change')}
              </AppLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
