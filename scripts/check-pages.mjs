// After the build: every prefix of every page URL is a page (managers trim URLs), no page shows an
// internal source file name, and every page that asks to be searched is where Pagefind reads.
// Exit 1 with the list when any fails.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPrefixes, pagePaths, pagesNamingSeedFiles, prefixesOf, searchablePagesUnread } from './site-walk.mjs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');
const pages = pagePaths(out);
const missing = missingPrefixes(pages);
const naming = pagesNamingSeedFiles(out, pages);
const unread = searchablePagesUnread(out, pages);
for (const m of missing) console.error(`✗ ${m.prefix} is no page (trimmed from ${m.from})`);
for (const p of naming) console.error(`✗ ${p} shows an internal source file name`);
for (const p of unread)
  console.error(
    `✗ ${p} › data-pagefind-body: Pagefind does not read this section, so the page is not searchable. Hint: add its section to SEARCHED_SECTIONS in scripts/build/searched-sections.mjs.`,
  );
const prefixes = new Set(pages.flatMap((p) => [p, ...prefixesOf(p)])).size;
console.log(
  `${missing.length || naming.length || unread.length ? '✗' : '✓'} ${pages.length} pages: ${prefixes} distinct URL prefixes walked, ${missing.length} not a page; ${naming.length} pages name a source file; ${unread.length} searchable pages outside the searched sections`,
);
process.exit(missing.length || naming.length || unread.length ? 1 : 0);
