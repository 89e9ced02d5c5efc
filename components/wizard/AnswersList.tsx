import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { AnswerRow } from '@/lib/wizard/question-view';
import { AppLink } from '@/components/ui/AppLink';

/** The answers given, each with a "change" link back to its question (GOV.UK check-answers). */
export async function AnswersList({ rows, locale }: { rows: AnswerRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <section aria-labelledby="answers-heading" className="mt-8">
      <h2 id="answers-heading" className="text-xl font-bold">
        {t('yourAnswers')}
      </h2>
      <dl className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
        {rows.map((r) => (
          <div key={r.question} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{r.questionText}</dt>
            {/* The functions come from `?needs=`, which only public/site.js (`asked-needs`) reads: it
                shows these words when the link named no function it knows. */}
            <dd
              data-answer={r.question}
              {...(r.question === 'needs'
                ? {
                    'data-not-understood': t('needsNotUnderstood'),
                    'data-not-understood-link': t('needsNotUnderstoodLink'),
                  }
                : {})}
            >
              {r.answer}
            </dd>
            <dd className="no-print">
              <AppLink
                href={r.changeHref}
                data-change={r.question}
                aria-label={t('changeLabel', { question: r.questionText })}
              >
                {t('change')}
              </AppLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
