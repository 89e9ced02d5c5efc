// The production build, phase by phase: content check → contentlayer → next → runtime stripped from
// the pages without a React island (scripts/strip-runtime.mjs) → pagefind.
// Each phase's duration is written to bench-results/build-phases.json for `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const phases = [
  ['check-content', 'tsx', ['scripts/check-content.ts']],
  ['contentlayer', 'contentlayer2', ['build']],
  ['next', 'next', ['build']],
  ['strip-runtime', 'node', ['scripts/strip-runtime.mjs', 'out']],
  ['pagefind', 'pagefind', ['--site', 'out', '--quiet']],
];

const times = {};
for (const [name, cmd, args] of phases) {
  const started = performance.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    shell: false,
    // Nothing phones home: Next's telemetry is off for every build, not only in CI.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `node_modules/.bin:${process.env.PATH}` },
  });
  times[name] = Math.round(performance.now() - started);
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${name} in ${(times[name] / 1000).toFixed(1)} s`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/build-phases.json', JSON.stringify(times, null, 2));
