'use client';
import { useTranslations } from 'next-intl';

/** The query field: searches as you type; Enter (or the button) searches again. */
export function SearchForm({
  query,
  onQuery,
  onSubmit,
}: {
  query: string;
  onQuery: (query: string) => void;
  onSubmit: () => void;
}) {
  const t = useTranslations('Search');
  return (
    <form role="search" onSubmit={(e) => (e.preventDefault(), onSubmit())} className="flex flex-wrap items-end gap-2">
      <label htmlFor="search-input" className="w-full font-semibold">
        {t('label')}
      </label>
      <input
        id="search-input"
        type="search"
        name="q"
        value={query}
        placeholder={t('placeholder')}
        autoComplete="off"
        className="min-w-0 flex-1 rounded border-2 border-slate-500 p-2 text-lg"
        onChange={(e) => onQuery(e.target.value)}
      />
      <button type="submit" className="button-primary">
        {t('submit')}
      </button>
    </form>
  );
}
