/**
 * The search page's script: no React, no Next. Bundled by scripts/build-search.mjs (esbuild) into
 * public/search.js, which the search page loads as a module. It enhances the page's GET form:
 * runs the query from `?q=` on load and as you type, keeps the URL shareable (`?q=…&organisation=…
 * &all=1`, replaceState), shows the tool cards the query names and Pagefind's results, ranked by the
 * same pure code as the relevance bench (lib/search/query.ts, rank.ts). Every text it shows was
 * rendered by the page in its language (data attributes and `<template>`s).
 *
 * Readiness for tests: `data-search-state` on `[data-search-app]` is idle, busy or done.
 */
import type { Locale } from '@/lib/i18n/routing';
import { FILTER_KEYS, readFilters, type FilterKey, type Filters } from '@/lib/search/filters';
import { readQuery } from '@/lib/search/query';
import { bestSections, rankPages } from '@/lib/search/rank';
import { statusText, type PluralForms } from '@/lib/search/status';
import { matchTools } from '@/lib/search/tool-names';
import { loadPagefind, type PagefindResultData } from './pagefind';

interface SearchState {
  query: string;
  filters: Filters;
  /** Search the other languages' indexes too. */
  all: boolean;
}

/** Results shown at most; the status counts them all. */
const SHOWN = 50;

function element<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`search.js: ${selector} is missing from the page`);
  return found;
}

/** The state as a shareable URL, replacing the current history entry. */
function writeUrl({ query, filters, all }: SearchState) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]);
  if (all) params.set('all', '1');
  window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params}` : ''}`);
}

function start(root: HTMLElement) {
  const data = root.dataset;
  const locale = data.locale ?? 'da';
  const basePath = data.basePath ?? '';
  const resultsForms = JSON.parse(data.results ?? '{}') as PluralForms;
  const partialForms = JSON.parse(data.partialResults ?? '{}') as PluralForms;
  const languages = JSON.parse(data.languages ?? '{}') as Record<string, string>;

  const form = element(root, 'form', HTMLFormElement);
  const input = element(form, 'input[name=q]', HTMLInputElement);
  const allBox = element(form, '[data-all-languages]', HTMLInputElement);
  const selects = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, element(form, `select[data-filter="${key}"]`, HTMLSelectElement)]),
  ) as Record<FilterKey, HTMLSelectElement>;
  const status = element(root, '[data-search-status]', HTMLElement);
  const cardsBox = element(root, '[data-tool-cards]', HTMLElement);
  const list = element(root, '[data-search-results]', HTMLOListElement);
  const cards = [...element(root, 'template[data-tool-card-templates]', HTMLTemplateElement).content.children]
    .filter((el) => el instanceof HTMLElement)
    .map((el) => ({ id: el.dataset.toolCard ?? '', names: JSON.parse(el.dataset.names ?? '[]') as string[], el }));

  // The values the page offers, read from its menus: an unknown one in the URL is dropped.
  const offered = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...selects[key].options].map((o) => o.value).filter(Boolean)]),
  ) as Record<FilterKey, string[]>;
  const otherLanguages = offered.language.filter((l) => l !== locale);

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const filters = readFilters(params, offered);
  for (const key of FILTER_KEYS) selects[key].value = filters[key];
  allBox.checked = params.get('all') === '1';

  const read = (): SearchState => ({
    query: input.value,
    filters: Object.fromEntries(FILTER_KEYS.map((k) => [k, selects[k].value])) as Filters,
    all: allBox.checked,
  });

  let latest = 0;
  let shown = false;
  const setState = (state: 'idle' | 'busy' | 'done') => root.setAttribute('data-search-state', state);

  function showCards(query: string) {
    cardsBox.replaceChildren(...matchTools(cards, query).map((c) => c.el.cloneNode(true)));
  }

  function resultItem(result: PagefindResultData): HTMLLIElement {
    const resultLocale = result.url.split('/').find((part) => offered.language.includes(part)) ?? locale;
    const li = document.createElement('li');
    li.dataset.resultUrl = result.url;
    li.dataset.resultLocale = resultLocale;
    const h2 = document.createElement('h2');
    h2.className = 'text-lg font-semibold';
    const link = document.createElement('a');
    link.href = result.url;
    link.lang = resultLocale;
    link.textContent = result.meta.title ?? result.url;
    h2.append(link);
    if (resultLocale !== locale) {
      const badge = document.createElement('span');
      badge.className = 'ml-2 rounded bg-slate-200 px-1.5 text-sm font-normal';
      badge.textContent = languages[resultLocale] ?? resultLocale;
      h2.append(badge);
    }
    li.append(h2);
    if (result.meta.organisation) {
      const organisation = document.createElement('p');
      organisation.className = 'text-sm text-slate-700';
      organisation.textContent = result.meta.organisation;
      li.append(organisation);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1';
    excerpt.lang = resultLocale;
    // Pagefind escapes the page text and adds only <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    li.append(excerpt);
    const sections = bestSections(result.sub_results);
    if (sections.length > 0) {
      const ul = document.createElement('ul');
      ul.className = 'mt-1 list-disc space-y-1 pl-5 text-sm';
      ul.setAttribute('aria-label', data.sectionsLabel ?? '');
      for (const s of sections) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.url;
        a.lang = resultLocale;
        a.className = 'inline-block py-1';
        a.textContent = s.title;
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  /** Searches for the form's state; a slower, older answer never replaces a newer one. */
  async function run() {
    const state = read();
    const id = ++latest;
    writeUrl(state);
    showCards(state.query);
    if (!state.query.trim()) {
      shown = false;
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      status.removeAttribute('data-partial');
      setState('idle');
      return;
    }
    setState('busy');
    if (!shown) status.textContent = data.searching ?? '';
    const pf = await loadPagefind(basePath, locale, otherLanguages, state.all);
    const filters = Object.fromEntries(FILTER_KEYS.filter((k) => state.filters[k]).map((k) => [k, state.filters[k]]));
    // The query as staff write it: stop words out, synonyms in, partial matches when nothing has all words.
    const ranking = await rankPages(
      async (term) => (await pf.search(term, { filters })).results,
      readQuery(state.query, locale as Locale),
    );
    const results = await Promise.all(ranking.pages.slice(0, SHOWN).map((p) => p.hit.data()));
    if (id !== latest) return;
    list.replaceChildren(...results.map(resultItem));
    list.hidden = results.length === 0;
    status.textContent = statusText(
      ranking.partial ? partialForms : resultsForms,
      ranking.pages.length,
      state.query,
      locale,
    );
    if (ranking.partial) status.dataset.partial = 'true';
    else status.removeAttribute('data-partial');
    shown = true;
    setState('done');
  }

  const search = () =>
    run().catch((error: unknown) => {
      console.error('search.js: the search failed', error);
    });
  input.addEventListener('input', search);
  for (const key of FILTER_KEYS) selects[key].addEventListener('change', search);
  allBox.addEventListener('change', search);
  // Enter (or the button) searches again, in place; without JavaScript the form loads the page.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  void search();
}

const root = document.querySelector('[data-search-app]');
if (root instanceof HTMLElement) start(root);
