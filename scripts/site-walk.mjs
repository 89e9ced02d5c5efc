// The pages of a built site (out/), read from the files: what the prefix walk and the check that no
// page shows an internal file name go over. Plain functions, shared by scripts/check-pages.mjs and
// the e2e suite (e2e/prefixes.spec.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inSearchedSection } from './build/searched-sections.mjs';

/** Folders that hold Next's assets or error pages, not pages a reader navigates. */
const NOT_PAGES = new Set(['_next', '_not-found', '404', 'pagefind']);

/** Every page URL path of the build (`/da/guidelines/`), from its folders with an index.html. */
export function pagePaths(outDir) {
  const found = [];
  const walk = (dir, url) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === 'index.html')) found.push(url);
    for (const e of entries)
      if (e.isDirectory() && !NOT_PAGES.has(e.name)) walk(path.join(dir, e.name), `${url}${e.name}/`);
  };
  walk(outDir, '/');
  return found.sort();
}

/** Every shorter path of a path: `/da/a/b/` → `/`, `/da/`, `/da/a/`. */
export function prefixesOf(urlPath) {
  const parts = urlPath.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i).join('/')}${i ? '/' : ''}`);
}

/** Prefixes that are no page, each with one page it was trimmed from. */
export function missingPrefixes(paths) {
  const pages = new Set(paths);
  const missing = new Map();
  for (const p of paths)
    for (const prefix of prefixesOf(p)) if (!pages.has(prefix) && !missing.has(prefix)) missing.set(prefix, p);
  return [...missing].map(([prefix, from]) => ({ prefix, from }));
}

/** A seed file name (`004_c9e5c9ec18687ee7.txt`): internal, never for readers. */
export const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/;

/** Pages whose HTML names a seed file. */
export function pagesNamingSeedFiles(outDir, paths) {
  return paths.filter((p) => SEED_FILE.test(readFileSync(path.join(outDir, p, 'index.html'), 'utf8')));
}

/** Pages that ask to be searched (`data-pagefind-body`) where Pagefind does not read (searched-sections). */
export function searchablePagesUnread(outDir, paths) {
  return paths.filter(
    (p) =>
      !inSearchedSection(p) && readFileSync(path.join(outDir, p, 'index.html'), 'utf8').includes('data-pagefind-body'),
  );
}
