// Every internal link and #fragment in the built site must resolve. Uses linkinator over out/ (or
// `--root <folder>`: scripts/build.mjs checks its fresh folder before it replaces out/),
// served as a real host serves it (scripts/site-server.mjs: trailing-slash redirects, 404s) on a free
// port; links to other hosts (printed in the sources) are not fetched: the build machine has no
// internet, and they are the sources' own words, shown as printed.
import { LinkChecker } from 'linkinator';
import { parseArgs } from 'node:util';
import { serveSite } from './site-server.mjs';

const { root } = parseArgs({ options: { root: { type: 'string', default: 'out' } } }).values;
const site = await serveSite({ root });
const { origin } = site;
const started = performance.now();
const result = await new LinkChecker().check({
  path: `${origin}/`,
  recurse: true,
  checkFragments: true,
  concurrency: 50,
  linksToSkip: async (url) => !url.startsWith(origin),
});
await site.close();
const broken = result.links.filter((l) => l.state === 'BROKEN');
for (const l of broken)
  console.error(
    `✗ ${l.url.replace(origin, '')} (linked from ${l.parent?.replace(origin, '') ?? '?'}) ${l.status || ''}`,
  );
const checked = result.links.filter((l) => l.state !== 'SKIPPED').length;
console.log(
  `${broken.length ? '✗' : '✓'} ${checked} internal links and fragments checked, ${broken.length} broken (${Math.round(performance.now() - started)} ms)`,
);
process.exit(broken.length ? 1 : 0);
