// Every internal link and #fragment in the built site must resolve. Uses linkinator over out/,
// served on its own port; links to other hosts (printed in the sources) are not fetched: the
// build machine has no internet, and they are the sources' own words, shown as printed.
import { LinkChecker } from 'linkinator';
import { createServer } from 'node:net';

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, () => {
    const { port: p } = s.address();
    s.close(() => resolve(p));
  });
});
const origin = `http://localhost:${port}`;
const started = performance.now();
const result = await new LinkChecker().check({
  path: 'out',
  port,
  recurse: true,
  checkFragments: true,
  directoryListing: true,
  concurrency: 50,
  linksToSkip: async (url) => !url.startsWith(origin),
});
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
