'use client';
import { useMessages, useTranslations } from 'next-intl';
import { locales } from '@/lib/i18n/routing';
import { FILTER_KEYS, type Filters } from './use-search';

/** Narrow by organisation, kind of page and original language; or widen to all three languages. */
export function SearchFilters({
  filters,
  all,
  organisations,
  onChange,
}: {
  filters: Filters;
  all: boolean;
  /** id → name in the page's language. */
  organisations: Record<string, string>;
  onChange: (change: { filters?: Filters; all?: boolean }) => void;
}) {
  const t = useTranslations('Search');
  const language = useTranslations('Languages');
  const kinds = useMessages().Search.kinds;
  const options: Record<keyof Filters, Record<string, string>> = {
    organisation: organisations,
    kind: kinds,
    language: Object.fromEntries(locales.map((l) => [l, language(l)])),
  };
  return (
    <fieldset className="mt-4 flex flex-wrap items-end gap-4">
      <legend className="mb-1 font-semibold">{t('filters')}</legend>
      {FILTER_KEYS.map((key) => (
        <label key={key} className="flex flex-col text-sm font-semibold">
          {t(key)}
          <select
            className="mt-1 rounded border-2 border-slate-400 bg-white p-1.5 font-normal"
            value={filters[key]}
            data-filter={key}
            onChange={(e) => onChange({ filters: { ...filters, [key]: e.target.value } })}
          >
            <option value="">–</option>
            {Object.entries(options[key]).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={all}
          data-all-languages
          onChange={(e) => onChange({ all: e.target.checked })}
          className="size-5 accent-brand-700"
        />
        {t('allLanguages')}
      </label>
    </fieldset>
  );
}
