// The production build, phase by phase: content check, history (scripts/history.ts) and contentlayer
// side by side → the search page's script (scripts/build-search.mjs, into public/) beside the type
// check (scripts/typecheck.mjs) → next → the old URLs' redirects (scripts/legacy-pages.mjs) → every
// page finished in one pass (scripts/finish-pages.mjs): Next's runtime stripped, then its
// Content-Security-Policy written into it → pagefind and the link check side by side.
//
// Everything happens in a fresh folder (.build/site); only when every phase has passed does it
// replace out/ (scripts/build/publish.mjs). A failure anywhere leaves the previous out/ as it was,
// so a broken build never half-publishes: no stale pages mixed with new ones, no site without search.
// Each phase's duration is written to bench-results/build-phases.json for `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import localeConfig from '../lib/i18n/locales.json' with { type: 'json' };
import { buildAndPublish } from './build/publish.mjs';
import { pagefindGlob } from './build/searched-sections.mjs';

const STAGING = '.build/site';
const basePath = process.env.BASE_PATH?.replace(/\/$/, '') ?? '';

// A list inside the list runs side by side: steps that neither read nor write each other's files,
// which on two cores saves what the shorter one takes (docs/scale.md).
const phases = [
  [
    ['check-content', 'tsx', ['scripts/check-content.ts']],
    // The change notes' history (decisions each policy note moved, from git), once per build:
    // .generated/history.json, which the pages and feeds read (lib/history/load.ts).
    ['history', 'tsx', ['scripts/history.ts']],
    ['contentlayer', 'contentlayer2', ['build']],
  ],
  [
    // Before next: it copies public/ (search.js with it) into the export.
    ['search-js', 'node', ['scripts/build-search.mjs']],
    // TypeScript 7 checks the project in seconds; Next's own check (TypeScript 6) took 12–15 s of
    // every build, so next.config.ts skips it when this phase has passed (TYPES_CHECKED below).
    ['typecheck', 'node', ['scripts/typecheck.mjs']],
  ],
  ['next', 'next', ['build']],
  // The functions question's old pages, as redirects to its form on the outcome (lib/wizard/flow.ts).
  ['legacy-pages', 'node', ['scripts/legacy-pages.mjs', STAGING]],
  // Each page without Next's runtime, then (its scripts final) with its Content-Security-Policy.
  ['finish-pages', 'node', ['scripts/finish-pages.mjs', STAGING]],
  // The link check reads the pages, Pagefind writes only its own folder, which no page links to.
  [
    // Only the sections that hold searchable pages (scripts/build/searched-sections.mjs).
    ['pagefind', 'pagefind', ['--site', STAGING, '--quiet', '--glob', pagefindGlob(localeConfig.locales)]],
    // Under a base path the pages link to /video-guide/…; scripts/test-base-path.mjs checks those.
    ...(basePath ? [] : [['check-links', 'node', ['scripts/check-links.mjs', '--root', STAGING]]]),
  ],
];

const result = await buildAndPublish({
  phases,
  out: 'out',
  staging: STAGING,
  env: {
    ...process.env,
    // Nothing phones home: Next's telemetry is off for every build, not only in CI.
    NEXT_TELEMETRY_DISABLED: '1',
    // With `output: 'export'`, next.config.ts exports to this folder instead of out/.
    EXPORT_DIR: STAGING,
    // A larger young generation: Next's page workers allocate much and keep little per page, and
    // with the default they spent about a quarter of their time collecting garbage. A 1 GB old
    // generation per process: on a machine with memory to spare V8 lets each heap grow long before
    // collecting, and the peak of the build at 100 organisations varied between 3.4 and 4.0 GB from
    // run to run; capped, 3.3 GB, no slower (docs/scale.md). BUILD_HEAP_MB raises it if a much
    // larger build runs out of heap; options of your own in NODE_OPTIONS come last and win.
    NODE_OPTIONS: [
      '--max-semi-space-size=64',
      `--max-old-space-size=${Number(process.env.BUILD_HEAP_MB) || 1024}`,
      process.env.NODE_OPTIONS,
    ]
      .filter(Boolean)
      .join(' '),
    PATH: `node_modules/.bin:${process.env.PATH}`,
    TYPES_CHECKED: '1',
  },
});
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/build-phases.json', JSON.stringify(result.times, null, 2));
