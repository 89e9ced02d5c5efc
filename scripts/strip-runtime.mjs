// Removes Next's client runtime from every exported page.
//
// Every page is complete HTML that works without JavaScript; its few enhancements are public/site.js
// modules, and the search page's public/search.js (components/search/search.ts). React on the client
// would only hydrate what is already there: on a mid-range phone that cost 300–850 ms of blocked main
// thread and held the largest paint until the scripts ran (Lighthouse mobile 63–89; the same pages
// without the runtime 93–100; docs/performance.md). So after `next build` each page loses Next's
// scripts, their preloads and the inline React Server Components payload. Links become plain page loads.
//
// The build applies this to every page in scripts/finish-pages.mjs.

/** The site's own scripts, the ones a page keeps: public/site.js, public/search.js and scripts marked so. */
const SITE_SCRIPT = /^<script type="module" src="[^"]*\/(?:site|search)\.js"><\/script>$|^<script data-site-script="">/;
const SCRIPT_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;
const WORD = /\w/;

/**
 * The page without its `<script>…</script>` elements, but for the site's own. Found with indexOf
 * rather than one regular expression: Next inlines its payload as scripts of about 100 KB a page, and
 * a pattern that must check each character of them for a nested `<script` took most of this phase.
 * An element whose text holds another `<script` is left as it is (which element it closes is not
 * clear), and so is one without `</script>`; the check in stripRuntime then reports them.
 */
function withoutScripts(html) {
  const kept = []; // joined once at the end: a string built by += is slow to search afterwards
  let from = 0; // html before this is decided
  let at = html.indexOf('<script');
  while (at >= 0) {
    const afterName = at + '<script'.length;
    const openEnd = html.indexOf('>', afterName);
    const close = openEnd < 0 ? -1 : html.indexOf('</script>', openEnd);
    const nested = close < 0 ? -1 : html.indexOf('<script', afterName);
    if (WORD.test(html[afterName] ?? '') || close < 0 || (nested >= 0 && nested < close)) {
      at = html.indexOf('<script', afterName);
      continue;
    }
    const end = close + '</script>'.length;
    const element = html.slice(at, end);
    kept.push(html.slice(from, at));
    if (SITE_SCRIPT.test(element)) kept.push(element);
    from = end;
    at = html.indexOf('<script', end);
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/**
 * The page without Next's runtime. Throws if anything of the runtime is left, so a change in Next's
 * output fails the build instead of shipping half a runtime.
 */
export function stripRuntime(html, file = 'page') {
  const out = withoutScripts(html).replace(SCRIPT_PRELOAD, '');
  const left = runtimeLeft(out);
  if (left) {
    throw new Error(
      `${file} › scripts: "${left}" is still in the page after removing Next's runtime. Hint: Next's HTML output changed; update the patterns in scripts/strip-runtime.mjs.`,
    );
  }
  return out;
}

const CHUNKS = '/_next/static/chunks/';

/** The first trace of Next's runtime in the page, if any. The stylesheet, also in CHUNKS, stays. */
function runtimeLeft(html) {
  for (const trace of ['self.__next_f', '<script>']) if (html.includes(trace)) return trace;
  for (let at = html.indexOf(CHUNKS); at >= 0; at = html.indexOf(CHUNKS, at + 1)) {
    const tag = html.lastIndexOf('<', at);
    const inStylesheetLink = html.startsWith('<link rel="stylesheet"', tag) && html.indexOf('>', tag) > at;
    if (!inStylesheetLink) return CHUNKS;
  }
  return undefined;
}
