'use client';
import { useTranslations } from 'next-intl';

/**
 * The live region that announces "Searching …" and then the number of results, saying so when they
 * are partial matches (no page has all the query's words).
 */
export function SearchStatus({
  query,
  total,
  busy,
  done,
  partial = false,
}: {
  query: string;
  total: number;
  busy: boolean;
  done: boolean;
  partial?: boolean;
}) {
  const t = useTranslations('Search');
  const text = done ? t(partial ? 'partialResults' : 'results', { count: total, query }) : busy ? t('searching') : '';
  return (
    <p
      role="status"
      aria-live="polite"
      className="mt-6 font-semibold"
      data-search-status
      data-partial={partial || undefined}
    >
      {text}
    </p>
  );
}
