import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The header's search field: a plain GET form to the search page (works without JavaScript).
 * public/site.js (`header-search`) adds the shortcuts: `/` or Ctrl/Cmd+K focuses it from anywhere;
 * Escape clears it and returns focus to where it was.
 */
export async function HeaderSearch({ locale, action }: { locale: Locale; action: string }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const submit = t('submit');
  return (
    <form
      role="search"
      action={action}
      method="get"
      className="no-print flex items-center gap-1"
      data-header-search
      data-module="header-search"
    >
      <label htmlFor="header-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        aria-keyshortcuts="/ Control+K Meta+K"
        title={t('shortcut')}
        placeholder={`${submit} (/)`}
        className="w-40 rounded border border-white bg-brand-800 px-2 py-1 text-sm text-white placeholder:text-sky-100 focus:w-56 sm:w-48"
      />
      <button type="submit" className="rounded border border-white px-2 py-1 text-sm text-white">
        {submit}
      </button>
    </form>
  );
}
