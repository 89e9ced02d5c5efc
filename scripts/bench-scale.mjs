// `npm run bench:scale [-- --organisations 4,25,100] [--keep]`: the whole production build (content
// check, contentlayer, next, runtime stripping, CSP, pagefind, link check) with N organisations, for
// each N. The first four are the real ones; the rest are synthetic copies of them
// (scripts/bench/synthetic-organisations.mjs), in a scratch copy of the project: the real content is
// never touched. Prints pages, seconds, pages per second and the peak memory of the whole process tree;
// the last line is JSON. Goals at 100 (issue 15): peak ≤ 4 GB, seconds per page ≤ 1.3× that at the
// smallest N, ≤ 10 minutes. `--keep` leaves the last build's site in the scratch folder (for the
// picker's browser test at scale: `E2E_SCALE_SITE=<folder>/out`).
import { readdirSync, statSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import localeConfig from '../lib/i18n/locales.json' with { type: 'json' };
import { scratchCopy, measuredBuild } from './bench/scale.mjs';
import { addSyntheticOrganisations, TEMPLATES } from './bench/synthetic-organisations.mjs';

const GOALS = { peakBytes: 4 * 1024 ** 3, perPageRatio: 1.3, seconds: 600 };

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function countPages(dir) {
  let n = 0;
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (entry.endsWith('.html')) n += 1;
  }
  return n;
}

const sizes = option('organisations', '4,25,100')
  .split(',')
  .map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < TEMPLATES.length))
  throw new Error(
    `--organisations: whole numbers of at least ${TEMPLATES.length} (the real organisations), e.g. 4,25,100`,
  );
const keep = process.argv.includes('--keep');
const root = process.cwd();
const results = [];
for (const organisations of sizes) {
  const work = scratchCopy(root, `video-guide-scale-${organisations}`);
  addSyntheticOrganisations(work, organisations - TEMPLATES.length, localeConfig.locales);
  console.log(`Building with ${organisations} organisations in ${work} …`);
  try {
    const { seconds, peakBytes, peakByPhase, phases } = await measuredBuild(work);
    const pages = countPages(path.join(work, 'out'));
    const row = {
      organisations,
      pages,
      seconds: Math.round(seconds),
      pagesPerSecond: Number((pages / seconds).toFixed(1)),
      peakMB: Math.round(peakBytes / 1024 ** 2),
      phases,
      peakMBByPhase: Object.fromEntries(
        Object.entries(peakByPhase).map(([phase, bytes]) => [phase, Math.round(bytes / 1024 ** 2)]),
      ),
    };
    results.push(row);
    console.log(
      `  ${organisations} organisations: ${pages} pages in ${row.seconds} s (${row.pagesPerSecond} pages/s), peak ${row.peakMB} MB; phases (ms) ${JSON.stringify(phases)}; peak by phase (MB) ${JSON.stringify(row.peakMBByPhase)}`,
    );
  } finally {
    if (!keep || organisations !== sizes.at(-1)) rmSync(work, { recursive: true, force: true });
  }
}

const first = results[0];
const verdicts = results.map((r) => {
  const perPage = r.seconds / r.pages / (first.seconds / first.pages);
  return `${r.organisations}: ${r.peakMB <= GOALS.peakBytes / 1024 ** 2 ? 'memory ok' : 'MEMORY OVER 4 GB'}, time per page ×${perPage.toFixed(2)} of ${first.organisations} (goal ≤ ${GOALS.perPageRatio}), ${r.seconds <= GOALS.seconds ? 'under' : 'OVER'} 10 min`;
});
console.log(verdicts.join('\n'));
mkdirSync('bench-results', { recursive: true });
const report = {
  results: results.map(({ organisations, pages, seconds, peakMB }) => ({ organisations, pages, seconds, peakMB })),
};
writeFileSync('bench-results/scale.json', `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
console.log(JSON.stringify(report));
