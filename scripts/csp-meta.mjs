// Writes each page's Content-Security-Policy into the page itself, after strip-runtime (the scripts a
// page keeps are final then) and before pagefind.
//
// A static host cannot name a page's inline scripts, so the header policy has no script-src
// (deploy/security-headers.mjs explains the split). Here every page gets
// `<meta http-equiv="Content-Security-Policy">` with script-src 'self' and the sha256 of each of its
// inline scripts, nothing else: a script that was not in the page at build time (injected, or edited
// afterwards) has another hash and does not run. The meta goes right after `<meta charset>` (which
// must stay within the first 1024 bytes), before anything that can load or run.
//
// The phase also refuses style attributes and `<style>` elements: the policy has no
// 'unsafe-inline' for styles, so they would silently not apply.
//
// The build applies this to every page in scripts/finish-pages.mjs, right after strip-runtime.
import { createHash } from 'node:crypto';
import { pagePolicy } from '../deploy/security-headers.mjs';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/g;
const HEAD = /<head\b[^>]*>(<meta charSet="utf-8"\/>|<meta charset="utf-8"\/?>)?/i;
/** The search page (public/search.js) loads Pagefind, which compiles WebAssembly. */
const WASM_MARKER = 'data-search-app';

/** `sha256-…` of a script's text as the browser hashes it (the raw text, line endings as LF). */
export function scriptHash(text) {
  return `sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}`;
}

/** The hash sources of the page's inline scripts (those without src), in page order, no duplicates. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\bsrc=/.test(attributes)) continue;
    const hash = scriptHash(text);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** Inline styles in the page's markup (script text is not markup): a list of what was found. */
export function inlineStyles(html) {
  const markup = html.replace(SCRIPT, '');
  return [...markup.matchAll(/<style\b|<[a-z][^>]*\sstyle=/gi)].map((m) => m[0].slice(0, 60));
}

/** The page with its policy in a meta element (an older one replaced), or an Error saying why not. */
export function withPolicyMeta(html, file = 'page') {
  const styles = inlineStyles(html);
  if (styles.length) {
    throw new Error(
      `${file} › inline style (${styles[0]}…): the Content-Security-Policy has no 'unsafe-inline' for styles, so it would not apply. Hint: use a class (Tailwind) instead.`,
    );
  }
  const page = html.replace(CSP_META, '');
  if (!HEAD.test(page)) throw new Error(`${file} › no <head>: cannot place the Content-Security-Policy.`);
  const policy = pagePolicy({ hashes: inlineScriptHashes(page), wasm: page.includes(WASM_MARKER) });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  return page.replace(HEAD, (head) => head + meta);
}
