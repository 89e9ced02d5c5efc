// Builds the site for hosting under a sub-path (BASE_PATH=/video-guide), mounts it there and checks
// that every internal link, fragment and script resolves and stays under the sub-path (read from the
// files as the hosts serve them: scripts/site-links.mjs), and that the root redirect does too.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { checkSiteLinks } from './site-links.mjs';

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

// Links to other hosts, including SITE_URL's default http://localhost:3000, are not this site's.
const result = await checkSiteLinks({ root: path.resolve(root), inside: basePath });
for (const l of result.broken) problems.push(`broken: ${l.url} (from ${l.from}): ${l.problem}`);
for (const l of result.outside) problems.push(`outside ${basePath}: ${l.url} (from ${l.from})`);

rmSync(root, { recursive: true, force: true });
console.log(
  problems.length
    ? problems.join('\n')
    : `✓ built under ${basePath}: ${result.checked} links on ${result.pages} pages checked, all under the base path`,
);
process.exit(problems.length ? 1 : 0);
