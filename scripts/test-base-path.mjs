// Builds the site for hosting under a sub-path (BASE_PATH=/video-guide), mounts it there (served as
// a real host serves it, scripts/site-server.mjs) and checks that every internal link, fragment,
// script and the root redirect stay under the sub-path.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { LinkChecker } from 'linkinator';
import { serveSite } from './site-server.mjs';

const basePath = '/video-guide';
const root = 'tmp/base-path-site';
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync(root, { recursive: true, force: true });
run('node', ['scripts/build.mjs'], { BASE_PATH: basePath });
mkdirSync(root, { recursive: true });
renameSync('out', `${root}${basePath}`);

const problems = [];
const index = readFileSync(`${root}${basePath}/index.html`, 'utf8');
if (!index.includes(`url=${basePath}/da/`)) problems.push('the root page does not redirect to /video-guide/da/');
if (!existsSync(`${root}${basePath}/pagefind/pagefind.js`)) problems.push('no search index under the base path');
const guideline = readFileSync(
  `${root}${basePath}/da/guidelines/lillehammer-kommune/video-meetings/index.html`,
  'utf8',
);
if (
  !/<link rel="canonical" href="[^"]*\/video-guide\/da\/guidelines\/lillehammer-kommune\/video-meetings\/"/.test(
    guideline,
  )
)
  problems.push('the canonical link of a guideline page lost the base path');
// The open data (docs/data.md) is there, and the URLs in it carry the base path.
const openData = JSON.parse(readFileSync(`${root}${basePath}/data/v1/index.json`, 'utf8'));
if (!openData.links.schema.endsWith(`${basePath}/data/v1/schema.json`))
  problems.push(`the open data's links lost the base path: ${openData.links.schema}`);

// The change-note feeds: their ids, self links and entries under the base path (ids stay stable per host).
const feed = readFileSync(`${root}${basePath}/da/organisations/region-halland/feed.xml`, 'utf8');
if (!/<link rel="self" href="[^"]*\/video-guide\/da\/organisations\/region-halland\/feed\.xml"\/>/.test(feed))
  problems.push('the organisation feed does not name itself under the base path');
if (!/<id>[^<]*\/video-guide\/da\/organisations\/region-halland\/#update-1<\/id>/.test(feed))
  problems.push('a feed entry id lost the base path');
if (!/<link rel="alternate" type="application\/atom\+xml" href="[^"]*\/video-guide\/da\/feed\.xml"/.test(guideline))
  problems.push('the feed link of a guideline page lost the base path');

const site = await serveSite({ root });
// Links to other hosts, including SITE_URL's default http://localhost:3000, are not this server's.
const result = await new LinkChecker().check({
  path: `${site.origin}${basePath}/`,
  recurse: true,
  checkFragments: true,
  concurrency: 50,
  linksToSkip: async (url) => !url.startsWith(`${site.origin}/`),
});
await site.close();
for (const l of result.links.filter((l) => l.state === 'BROKEN')) problems.push(`broken: ${l.url} (from ${l.parent})`);
const outside = result.links.filter(
  (l) => l.state !== 'SKIPPED' && /^https?:/.test(l.url) && !new URL(l.url).pathname.startsWith(basePath),
);
for (const l of outside) problems.push(`outside ${basePath}: ${l.url} (from ${l.parent})`);

rmSync(root, { recursive: true, force: true });
console.log(
  problems.length
    ? problems.join('\n')
    : `✓ built under ${basePath}: ${result.links.length} links checked, all under the base path`,
);
process.exit(problems.length ? 1 : 0);
