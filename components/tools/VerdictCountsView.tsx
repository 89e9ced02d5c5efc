import { getTranslations, getFormatter } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { nonZeroCounts, type VerdictCounts } from '@/lib/wizard/matrix';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';

/**
 * How many of an organisation's 24 situations give each verdict. Screen readers get one sentence
 * ("Not allowed in 6 situations, recommended in 3 situations and …"); the eye gets compact badges
 * (symbol + number, explained in the legend), and a prohibition first, in words, in a solid red box.
 */
export async function VerdictCountsView({ locale, counts }: { locale: Locale; counts: VerdictCounts }) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const format = await getFormatter({ locale });
  const parts = nonZeroCounts(counts);
  const sentence = format.list(
    parts.map(({ verdict, count }) => t(`countsIn.${verdict}`, { count })),
    { type: 'conjunction' },
  );
  const prohibited = parts.find((p) => p.verdict === 'not-allowed');
  return (
    <>
      <span className="sr-only">{sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1)}.</span>
      <span aria-hidden="true" className="flex flex-wrap items-center gap-1">
        {prohibited && (
          <span
            data-prohibited
            className="inline-flex items-center gap-1 rounded bg-red-800 px-2 py-0.5 text-sm font-bold text-white"
          >
            <span>✕</span>
            {t('countsIn.not-allowed', { count: prohibited.count })}
          </span>
        )}
        {parts
          .filter((p) => p.verdict !== 'not-allowed')
          .map(({ verdict, count }) => (
            <VerdictBadge key={verdict} verdict={verdict} label={String(count)} />
          ))}
      </span>
    </>
  );
}
