// Every internal link and #fragment in the built site must resolve: out/, or `--root <folder>`
// (scripts/build.mjs checks its fresh folder before it replaces out/). Read from the files
// (scripts/site-links.mjs), as the static hosts serve them.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { checkSiteLinks } from './site-links.mjs';

const { root } = parseArgs({ options: { root: { type: 'string', default: 'out' } } }).values;
const started = performance.now();
const { pages, checked, broken } = await checkSiteLinks({ root: path.resolve(root) });
for (const b of broken) console.error(`✗ ${b.url} (linked from ${b.from}): ${b.problem}`);
console.log(
  `${broken.length ? '✗' : '✓'} ${checked} internal links and fragments on ${pages} pages checked, ${broken.length} broken (${Math.round(performance.now() - started)} ms)`,
);
process.exit(broken.length ? 1 : 0);
