'use client';
import { useTranslations } from 'next-intl';

/** The live region that announces "Searching …" and then the number of results. */
export function SearchStatus({
  query,
  total,
  busy,
  done,
}: {
  query: string;
  total: number;
  busy: boolean;
  done: boolean;
}) {
  const t = useTranslations('Search');
  const text = done ? t('results', { count: total, query }) : busy ? t('searching') : '';
  return (
    <p role="status" aria-live="polite" className="mt-6 font-semibold" data-search-status>
      {text}
    </p>
  );
}
