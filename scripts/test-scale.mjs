#!/usr/bin/env node
// `npm run test:scale`: builds the site with 100 organisations (the real four and 96 synthetic copies,
// in a scratch copy of the project: scripts/bench/synthetic-organisations.mjs), then runs the e2e
// project `scale` against it (e2e/scale.spec.ts: the organisation picker by keyboard, its filter,
// the grouped lists, the turned matrix, axe). Prints the build's pages, time and peak memory too.
//   node scripts/test-scale.mjs [--organisations 100] [-- playwright args]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import localeConfig from '../lib/i18n/locales.json' with { type: 'json' };
import { scratchCopy, measuredBuild } from './bench/scale.mjs';
import { addSyntheticOrganisations, TEMPLATES } from './bench/synthetic-organisations.mjs';

const i = process.argv.indexOf('--organisations');
const organisations = i > 0 ? Number(process.argv[i + 1]) : 100;
const dashes = process.argv.indexOf('--');
const playwrightArgs = dashes > 0 ? process.argv.slice(dashes + 1) : [];

const work = scratchCopy(process.cwd(), 'video-guide-test-scale');
let code = 1;
try {
  addSyntheticOrganisations(work, organisations - TEMPLATES.length, localeConfig.locales);
  console.log(`[test:scale] building with ${organisations} organisations in ${work} …`);
  const { seconds, peakBytes, peakByPhase, phases } = await measuredBuild(work);
  console.log(
    `[test:scale] built in ${Math.round(seconds)} s, peak ${Math.round(peakBytes / 1024 ** 2)} MB; phases (ms) ${JSON.stringify(phases)}; peak by phase (MB) ${JSON.stringify(Object.fromEntries(Object.entries(peakByPhase).map(([p, b]) => [p, Math.round(b / 1024 ** 2)])))}`,
  );
  const run = spawnSync(process.execPath, ['scripts/e2e.mjs', '--project=scale', ...playwrightArgs], {
    stdio: 'inherit',
    env: { ...process.env, E2E_SCALE_SITE: path.join(work, 'out') },
  });
  code = run.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
