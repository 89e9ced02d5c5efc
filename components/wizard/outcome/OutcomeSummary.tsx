import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/**
 * "In short": which tools to use, which may be used, which only on conditions, which functions not.
 * The sentences come from lib/wizard/outcome-text.ts, the same the page's description is made of.
 */
export async function OutcomeSummary({ locale, sentences }: { locale: Locale; sentences: string[] }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
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
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
