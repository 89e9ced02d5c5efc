// Makes every exported page final, in one pass after `next build`: Next's client runtime removed
// (scripts/strip-runtime.mjs), then the page's Content-Security-Policy written into it
// (scripts/csp-meta.mjs). One read and one write per page on every core; as two phases they read and
// wrote the 18,589 pages of 100 organisations twice (38 + 17 s, docs/scale.md).
//
// `node scripts/finish-pages.mjs [out]`
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { eachPageBatch } from './build/page-pool.mjs';
import { stripRuntime } from './strip-runtime.mjs';
import { inlineScriptHashes, withPolicyMeta } from './csp-meta.mjs';

/** The page as published: without Next's runtime, with its policy. Throws `file › …` on a bad page. */
export function finishPage(html, file = 'page') {
  return withPolicyMeta(stripRuntime(html, file), file);
}

/** Finishes the given pages of `site` in place; returns the counts (run in the page pool's threads). */
export function finishFiles({ site, files }) {
  const counts = { pages: 0, bytesBefore: 0, bytesAfter: 0, withInlineScripts: 0, hashes: 0 };
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const html = finishPage(before, path.relative(site, file));
    const hashes = inlineScriptHashes(html).length;
    counts.pages += 1;
    counts.bytesBefore += Buffer.byteLength(before);
    counts.bytesAfter += Buffer.byteLength(html);
    counts.withInlineScripts += hashes ? 1 : 0;
    counts.hashes += hashes;
    writeFileSync(file, html);
  }
  return counts;
}

/** Finishes every page of `outDir` (not Next's assets) on every core; fails on the first bad page. */
export function finishSite(outDir) {
  return eachPageBatch(outDir, import.meta.url, 'finishFiles');
}

if (isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'out';
  try {
    const c = await finishSite(outDir);
    const mb = (n) => (n / 1024 ** 2).toFixed(1);
    console.log(
      `${c.pages} pages finished: Next's runtime removed (HTML ${mb(c.bytesBefore)} → ${mb(c.bytesAfter)} MB), ` +
        `Content-Security-Policy written; ${c.withInlineScripts} have inline scripts (${c.hashes} hashes)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
