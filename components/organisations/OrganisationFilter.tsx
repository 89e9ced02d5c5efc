import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The filter field over a long list of organisations. Hidden in the HTML: `site.js` (module
 * `list-filter`, on the enclosing element) reveals it, so without JavaScript the grouped list stands
 * alone and nothing on the page does nothing. The status is read out as the list narrows.
 */
export async function OrganisationFilter({ locale, id, total }: { locale: Locale; id: string; total: number }) {
  const t = await getTranslations({ locale, namespace: 'Organisations' });
  return (
    <div hidden data-list-filter-field className="mt-6 max-w-md">
      <label htmlFor={id} className="block font-semibold">
        {t('filterLabel')}
      </label>
      <p id={`${id}-hint`} className="text-slate-700">
        {t('filterHint')}
      </p>
      <input
        id={id}
        type="search"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        className="mt-1 w-full rounded border-2 border-slate-500 p-2 text-lg"
      />
      <p role="status" className="mt-2 text-slate-700" data-list-filter-status>
        <span data-list-filter-some>
          {t.rich('filterStatus', { total, shown: () => <span data-list-filter-count>{total}</span> })}
        </span>
        <span hidden data-list-filter-none>
          {t('filterNone')}
        </span>
      </p>
    </div>
  );
}
