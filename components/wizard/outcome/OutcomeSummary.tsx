import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';

/** "In short": which tools to use, which may be used, which only on conditions, which functions not. */
export async function OutcomeSummary({ locale, summary }: { locale: Locale; summary: OutcomeView['summary'] }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const format = await getFormatter({ locale });
  const list = (items: string[]) => format.list(items, { type: 'conjunction' });
  return (
    <section
      aria-labelledby="summary-heading"
      className="mt-6 rounded border-2 border-brand-700 bg-brand-50 p-4"
      data-summary
    >
      <h2 id="summary-heading" className="text-xl font-bold">
        {t('summary')}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-lg">
        {summary.use.length > 0 && <li>{t('summaryUse', { tools: list(summary.use) })}</li>}
        {summary.allowed.length > 0 && <li>{t('summaryAllowed', { tools: list(summary.allowed) })}</li>}
        {summary.conditionalShort.map((d) => (
          <li key={d.subject}>{d.text}.</li>
        ))}
        {summary.conditional.length > 0 && <li>{t('summaryConditional', { tools: list(summary.conditional) })}</li>}
        {summary.noTool && <li>{t('summaryNoTool')}</li>}
        {summary.forbiddenNeeds.length > 0 && (
          <li>{t('summaryNeedsNot', { needs: list(summary.forbiddenNeeds.map((id) => v(`need.${id}`))) })}</li>
        )}
      </ul>
    </section>
  );
}
