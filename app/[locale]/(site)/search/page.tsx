import { Fragment } from 'react';
import { getMessages, getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { locales } from '@/lib/i18n/routing';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { getPolicies } from '@/lib/wizard';
import { basePath } from '@/lib/site';
import { FILTER_KEYS, type FilterKey } from '@/lib/search/filters';
import { pluralForms } from '@/lib/search/status';
import { groupByPlace } from '@/lib/organisation-groups';
import { placeLabeller } from '@/lib/i18n/organisation-place';
import { toolCards } from '@/lib/search/tool-cards';
import { ToolCard } from '@/components/search/ToolCard';
import { AppLink } from '@/components/ui/AppLink';

export const generateMetadata = titleMetadata('Search', 'title', { path: 'search', description: 'label' });

/**
 * Static HTML like every other page: a GET form (`?q=` and the filters), an empty results list and a
 * status live region. public/search.js (built from components/search/search.ts) runs Pagefind and
 * fills them; every text it shows is rendered here, in the page's language, as data attributes and
 * `<template>`s. Without JavaScript the page says results need it.
 */
export default async function SearchPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tg = await getTranslations({ locale, namespace: 'GuidelineIndex' });
  const language = await getTranslations({ locale, namespace: 'Languages' });
  const kinds = (await getMessages({ locale })).Search.kinds;
  const organisations = getOrganisations();
  const placeOf = await placeLabeller(locale);
  // Organisations by country and kind, as everywhere (an <optgroup> each: a hundred stay findable).
  const groups: Record<FilterKey, { label?: string; options: [string, string][] }[]> = {
    organisation: groupByPlace(organisations, placeOf).flatMap((country) =>
      country.kinds.map((kind) => ({
        label: `${country.heading} – ${kind.heading}`,
        options: kind.items.map((o): [string, string] => [o.id, o.name[locale]]),
      })),
    ),
    kind: [{ options: Object.entries(kinds) }],
    language: [{ options: locales.map((l): [string, string] => [l, language(l)]) }],
  };
  const options = {
    language: groups.language.flatMap((g) => g.options),
  };
  const forms = (key: 'results' | 'partialResults') =>
    JSON.stringify(pluralForms(locale, (count, query) => t(key, { count, query }), `Search.${key}`));
  const action = `${basePath}${localePath(locale, 'search')}`;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <noscript>
        <p className="notice notice-caution" data-noscript>
          {t('noscript')} <AppLink href={localePath(locale, 'guidelines')}>{tg('title')}</AppLink>
        </p>
      </noscript>
      <div
        className="mt-6"
        data-search-app
        data-search-state="idle"
        data-locale={locale}
        data-base-path={basePath}
        data-searching={t('searching')}
        data-results={forms('results')}
        data-partial-results={forms('partialResults')}
        data-sections-label={t('sections')}
        data-languages={JSON.stringify(Object.fromEntries(options.language))}
      >
        <form role="search" action={action} method="get">
          <div className="flex flex-wrap items-end gap-2">
            <label htmlFor="search-input" className="w-full font-semibold">
              {t('label')}
            </label>
            <input
              id="search-input"
              type="search"
              name="q"
              placeholder={t('placeholder')}
              autoComplete="off"
              className="min-w-0 flex-1 rounded border-2 border-slate-500 p-2 text-lg"
            />
            <button type="submit" className="button-primary">
              {t('submit')}
            </button>
          </div>
          <fieldset className="mt-4 flex flex-wrap items-end gap-4">
            <legend className="mb-1 font-semibold">{t('filters')}</legend>
            {FILTER_KEYS.map((key) => (
              <label key={key} className="flex flex-col text-sm font-semibold">
                {t(key)}
                <select
                  name={key}
                  className="mt-1 rounded border-2 border-slate-400 bg-white p-1.5 font-normal"
                  data-filter={key}
                >
                  <option value="">–</option>
                  {groups[key].map(({ label, options: list }, i) => {
                    const items = list.map(([value, text]) => (
                      <option key={value} value={value}>
                        {text}
                      </option>
                    ));
                    return label ? (
                      <optgroup key={label} label={label}>
                        {items}
                      </optgroup>
                    ) : (
                      <Fragment key={i}>{items}</Fragment>
                    );
                  })}
                </select>
              </label>
            ))}
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="all" value="1" data-all-languages className="size-5 accent-brand-700" />
              {t('allLanguages')}
            </label>
          </fieldset>
        </form>
        {/* Reserve a screen of room so arriving results do not push the footer (no layout shift). */}
        <div className="min-h-screen">
          <p role="status" aria-live="polite" className="mt-6 font-semibold" data-search-status />
          <div data-tool-cards />
          <ol className="mt-4 space-y-6" data-search-results hidden />
        </div>
        <template data-tool-card-templates>
          {toolCards(locale, basePath, getTools(), organisations, getPolicies()).map((card) => (
            <ToolCard key={card.id} card={card} locale={locale} />
          ))}
        </template>
      </div>
      {/* eslint-disable-next-line @next/next/no-sync-scripts -- a module script is deferred: it runs after parsing */}
      <script type="module" src={`${basePath}/search.js`} />
    </div>
  );
}
