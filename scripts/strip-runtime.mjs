// Removes Next's client runtime from every exported page.
//
// Every page is complete HTML that works without JavaScript; its few enhancements are public/site.js
// modules, and the search page's public/search.js (components/search/search.ts). React on the client
// would only hydrate what is already there: on a mid-range phone that cost 300–850 ms of blocked main
// thread and held the largest paint until the scripts ran (Lighthouse mobile 63–89; the same pages
// without the runtime 93–100; docs/performance.md). So after `next build` each page loses Next's
// scripts, their preloads and the inline React Server Components payload. Links become plain page loads.
//
// `node scripts/strip-runtime.mjs [out]`
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { eachPageBatch } from './build/page-pool.mjs';

/** The site's own scripts, the ones a page keeps: public/site.js, public/search.js and scripts marked so. */
const SITE_SCRIPT = /^<script type="module" src="[^"]*\/(?:site|search)\.js"><\/script>$|^<script data-site-script="">/;
// An element's text may not hold another `<script`: a tag this cannot close is left, and reported.
const SCRIPT = /<script\b[^>]*>(?:(?!<script\b)[\s\S])*?<\/script>/g;
const SCRIPT_PRELOAD =
  /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;

/**
 * The page without Next's runtime. Throws if anything of the runtime is left, so a change in Next's
 * output fails the build instead of shipping half a runtime.
 */
export function stripRuntime(html, file = 'page') {
  const out = html.replace(SCRIPT, (tag) => (SITE_SCRIPT.test(tag) ? tag : '')).replace(SCRIPT_PRELOAD, '');
  const left = ['/_next/static/chunks/', 'self.__next_f', '<script>'].find((trace) =>
    out.replace(/<link rel="stylesheet"[^>]*>/g, '').includes(trace),
  );
  if (left) {
    throw new Error(
      `${file} › scripts: "${left}" is still in the page after removing Next's runtime. Hint: Next's HTML output changed; update the patterns in scripts/strip-runtime.mjs.`,
    );
  }
  return out;
}

/** Strips the given pages of `site` in place; returns the counts (run in the page pool's threads). */
export function stripFiles({ site, files }) {
  const counts = { stripped: 0, bytesBefore: 0, bytesAfter: 0 };
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const html = stripRuntime(before, path.relative(site, file));
    counts.stripped += 1;
    counts.bytesBefore += Buffer.byteLength(before);
    counts.bytesAfter += Buffer.byteLength(html);
    writeFileSync(file, html);
  }
  return counts;
}

/** Strips every page of `outDir` in place, on every core; returns the counts. */
export function stripSite(outDir) {
  return eachPageBatch(outDir, import.meta.url, 'stripFiles');
}

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'out';
  try {
    const c = await stripSite(outDir);
    const mb = (n) => (n / 1024 ** 2).toFixed(1);
    console.log(`Runtime removed from ${c.stripped} pages; HTML ${mb(c.bytesBefore)} → ${mb(c.bytesAfter)} MB`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
