// After the build: every prefix of every page URL is a page (managers trim URLs), and no page shows
// an internal source file name. Exit 1 with the list when either fails.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPrefixes, pagePaths, pagesNamingSeedFiles, prefixesOf } from './site-walk.mjs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'out');
const pages = pagePaths(out);
const missing = missingPrefixes(pages);
const naming = pagesNamingSeedFiles(out, pages);
for (const m of missing) console.error(`✗ ${m.prefix} is no page (trimmed from ${m.from})`);
for (const p of naming) console.error(`✗ ${p} shows an internal source file name`);
const prefixes = new Set(pages.flatMap((p) => [p, ...prefixesOf(p)])).size;
console.log(
  `${missing.length || naming.length ? '✗' : '✓'} ${pages.length} pages: ${prefixes} distinct URL prefixes walked, ${missing.length} not a page; ${naming.length} pages name a source file`,
);
process.exit(missing.length || naming.length ? 1 : 0);
