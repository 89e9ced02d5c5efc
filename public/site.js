// @ts-check
// The site's only script on most pages: small enhancements of HTML that already works without it,
// wired by `data-module="…"` as GOV.UK Frontend does. Pages ship no React runtime (see
// docs/performance.md), so nothing here may assume one. Each module gets its element and must leave
// the page usable if it throws: one failing module does not stop the others.

/** @type {Record<string, (root: HTMLElement) => void>} */
const modules = {
  'header-search': headerSearch,
  'locale-links': localeLinks,
  checklist,
  'print-button': printButton,
  'asked-needs': askedNeeds,
  'needs-none': needsNone,
  'copy-link': copyLink,
  'list-filter': listFilter,
};

/** Every value of `?needs=` as given (`?needs=a,b&needs=c` → a, b, c). */
function needsInUrl() {
  return new URLSearchParams(window.location.search)
    .getAll('needs')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
}

/** The functions asked about in `?needs=`, among `known` ids and in their order; anything else is dropped. */
function neededFromUrl(/** @type {string[]} */ known) {
  const raw = needsInUrl();
  return known.filter((id) => id && raw.includes(id));
}

/**
 * `/` or Ctrl/Cmd+K focuses the header's search field; Escape clears it and returns focus.
 * @param {HTMLElement} form
 */
function headerSearch(form) {
  const input = form.querySelector('input[type=search]');
  if (!(input instanceof HTMLInputElement)) return;
  /** @type {Element | null} */
  let previous = null;
  document.addEventListener('keydown', (e) => {
    const target = /** @type {HTMLElement} */ (e.target);
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      previous = document.activeElement;
      input.focus();
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    input.value = '';
    if (previous instanceof HTMLElement) previous.focus();
    if (document.activeElement === input) input.blur();
  });
}

/**
 * The language links carry the query and fragment (wizard answers, search terms) to the other language.
 * @param {HTMLElement} nav
 */
function localeLinks(nav) {
  const links = [...nav.querySelectorAll('a[href]')].filter((a) => a instanceof HTMLAnchorElement);
  const paths = links.map((a) => a.pathname);
  const update = () =>
    links.forEach((a, i) => {
      a.href = `${paths[i]}${window.location.search}${window.location.hash}`;
    });
  update();
  // The search page rewrites its query with history.replaceState, which fires no event: refresh on use too.
  for (const type of ['hashchange', 'popstate']) window.addEventListener(type, update);
  for (const type of ['focusin', 'pointerover', 'click']) nav.addEventListener(type, update, { capture: true });
}

/**
 * Keeps a checklist's ticks in localStorage (this browser only, nothing is sent); reveals "reset".
 * @param {HTMLElement} root
 */
function checklist(root) {
  const key = root.dataset.storageKey ?? '';
  const boxes = () => [...root.querySelectorAll('input[type=checkbox]')].filter((b) => b instanceof HTMLInputElement);
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (Array.isArray(saved)) boxes().forEach((b, i) => (b.checked = saved[i] === true));
  } catch {
    /* storage unavailable or corrupt: start empty */
  }
  root.addEventListener('change', () => {
    try {
      localStorage.setItem(key, JSON.stringify(boxes().map((b) => b.checked)));
    } catch {
      /* private mode: ticks simply are not remembered */
    }
  });
  const controls = root.querySelector('[data-checklist-controls]');
  controls?.removeAttribute('hidden');
  controls?.querySelector('button')?.addEventListener('click', () => {
    boxes().forEach((b) => (b.checked = false));
    try {
      localStorage.removeItem(key);
    } catch {
      /* nothing stored */
    }
    boxes()[0]?.focus();
  });
  // Tells tests (and anyone curious) that saved ticks have been restored.
  root.dataset.checklistReady = 'true';
}

/**
 * Without JavaScript the browser's own print works the same, so the button only shows with it.
 * @param {HTMLElement} button
 */
function printButton(button) {
  button.removeAttribute('hidden');
  button.addEventListener('click', () => window.print());
}

/**
 * Reads `?needs=` on the static outcome page: marks the functions asked about, lists them first, names
 * them in the answers and carries them into the "change" link. Only ids the page lists are read, in
 * the page's order (`data-need-order`), so an unknown value is dropped and never shown.
 * @param {HTMLElement} list
 */
function askedNeeds(list) {
  const needs = neededFromUrl((list.dataset.needOrder ?? '').split(','));
  const item = (/** @type {string} */ need) =>
    [...document.querySelectorAll('[data-need]')].find((el) => el instanceof HTMLElement && el.dataset.need === need);
  for (const need of [...needs].reverse()) {
    const el = item(need);
    if (!(el instanceof HTMLElement)) continue;
    el.dataset.asked = 'true';
    const mark = el.querySelector('[data-asked-mark]');
    if (mark) mark.textContent = list.dataset.askedLabel ?? '';
    if (el.parentElement === list) list.prepend(el);
  }
  const change = document.querySelector('[data-change="needs"]');
  if (change instanceof HTMLAnchorElement && needs.length) change.search = `?needs=${needs.join(',')}`;
  const answer = document.querySelector('[data-answer="needs"]');
  if (answer && needs.length) {
    answer.textContent = needs.map((n) => item(n)?.querySelector('[data-need-label]')?.textContent ?? n).join(', ');
  }
  // Only names this page does not know (a mistyped or outdated link): "none of these" would be wrong.
  // Say so and link to the question; the names themselves are never echoed.
  const unknownOnly = !needs.length && needsInUrl().some((v) => v && v !== 'none');
  if (answer instanceof HTMLElement && unknownOnly && change instanceof HTMLAnchorElement) {
    change.search = '';
    const link = document.createElement('a');
    link.href = change.href;
    link.className = change.className;
    link.textContent = answer.dataset.notUnderstoodLink ?? '';
    answer.dataset.notUnderstoodShown = 'true';
    answer.replaceChildren(`${answer.dataset.notUnderstood ?? ''} `, link);
  }
  // A printout shows every verdict, the collapsed not-assessed group included.
  window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

/**
 * "None of these" is exclusive, as on GOV.UK; coming back through "change" ticks what was chosen.
 * @param {HTMLElement} form
 */
function needsNone(form) {
  const boxes = () => [...form.querySelectorAll('input[type=checkbox]')].filter((b) => b instanceof HTMLInputElement);
  const chosen = needsInUrl();
  boxes().forEach((box) => {
    if (chosen.includes(box.value)) box.checked = true;
  });
  form.addEventListener('change', (/** @type {Event} */ e) => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) return;
    boxes().forEach((other) => {
      if (other !== box && (box.value === 'none' || other.value === 'none')) other.checked = false;
    });
  });
}

/**
 * "Copy link" on an outcome: the field shows the canonical URL without JavaScript; with it, the field
 * gains the functions asked about and the button copies it, saying so in the status line.
 * @param {HTMLElement} button
 */
function copyLink(button) {
  const block = button.closest('[data-copy-link]');
  const field = block?.querySelector('input[data-copy-link-url]');
  const status = block?.querySelector('[data-copy-link-status]');
  if (!(field instanceof HTMLInputElement)) return;
  const order = document.querySelector('[data-need-order]');
  const needs = order instanceof HTMLElement ? neededFromUrl((order.dataset.needOrder ?? '').split(',')) : [];
  if (needs.length) {
    const url = new URL(field.value);
    url.search = `?needs=${needs.join(',')}`;
    field.value = url.toString();
  }
  button.removeAttribute('hidden');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
    } catch {
      // No clipboard API (an http intranet is not a secure context): select it for Ctrl+C instead.
      field.focus();
      field.select();
      if (!document.execCommand('copy')) return;
    }
    if (status) status.textContent = button.dataset.copied ?? '';
  });
}

/** Lower case without accents, so "ostergotland" finds "Östergötland" and "alesund" "Ålesund". */
function folded(/** @type {string} */ text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .trim();
}

/**
 * A filter field over a long grouped list (`[data-filter-item]` inside `[data-filter-group]`):
 * hides the items whose name and group headings do not contain every word typed, and the groups left empty, and says
 * how many are shown. The field is hidden in the HTML and revealed here.
 * @param {HTMLElement} root
 */
function listFilter(root) {
  const field = root.querySelector('[data-list-filter-field]');
  const input = field?.querySelector('input');
  if (!(field instanceof HTMLElement) || !(input instanceof HTMLInputElement)) return;
  const items = [...root.querySelectorAll('[data-filter-item]')].filter((el) => el instanceof HTMLElement);
  const groups = [...root.querySelectorAll('[data-filter-group]')].filter((el) => el instanceof HTMLElement);
  const count = field.querySelector('[data-list-filter-count]');
  const some = field.querySelector('[data-list-filter-some]');
  const none = field.querySelector('[data-list-filter-none]');
  // An item answers to its name and to the headings of its groups: "norge" finds Lillehammer kommune.
  const headingsAbove = (/** @type {HTMLElement} */ el) =>
    groups.filter((g) => g.contains(el)).map((g) => g.querySelector('h2, h3, h4')?.textContent ?? '');
  const names = items.map((el) => folded([el.dataset.filterItem ?? '', ...headingsAbove(el)].join(' ')));
  const apply = () => {
    const words = folded(input.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    items.forEach((el, i) => {
      el.hidden = !words.every((w) => names[i]?.includes(w));
      if (!el.hidden) shown += 1;
    });
    groups.forEach((g) => (g.hidden = !g.querySelector('[data-filter-item]:not([hidden])')));
    if (count) count.textContent = String(shown);
    some?.toggleAttribute('hidden', shown === 0);
    none?.toggleAttribute('hidden', shown > 0);
  };
  input.addEventListener('input', apply);
  // Enter in the field opens the only match, as a picker should; otherwise it does nothing.
  input.addEventListener('keydown', (/** @type {KeyboardEvent} */ e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const visible = items.filter((el) => !el.hidden);
    const link = visible.length === 1 ? visible[0]?.querySelector('a[href]') : null;
    if (link instanceof HTMLAnchorElement) link.click();
  });
  field.hidden = false;
  apply();
}

for (const root of document.querySelectorAll('[data-module]')) {
  if (!(root instanceof HTMLElement)) continue;
  for (const name of (root.dataset.module ?? '').split(' ')) {
    try {
      modules[name]?.(root);
    } catch (error) {
      console.error(`site.js: module ${name} failed`, error);
    }
  }
}
