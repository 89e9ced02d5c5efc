// Runs build phases into a fresh folder and replaces the published folder only when all have passed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * `phases`: `[name, command, args]`, run in order with `env`; they build into `staging`.
 * Returns `{ ok: true, times }` once `staging` has replaced `out`, or `{ ok: false, failed, message }`
 * with `out` exactly as it was.
 */
export function buildAndPublish({ phases, out, staging, env = process.env, log = console.log }) {
  const previous = path.join(path.dirname(staging), 'previous');
  rmSync(staging, { recursive: true, force: true });
  const times = {};
  for (const [name, cmd, args] of phases) {
    const started = performance.now();
    log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
    const result = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env });
    times[name] = Math.round(performance.now() - started);
    if (result.status !== 0) {
      const kept = existsSync(out) ? `${out}/ still holds the previous build, untouched` : `there is no ${out}/ yet`;
      const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
      return { ok: false, failed: name, message: `✗ ${name} failed (${why}); ${kept}.` };
    }
    log(`✓ ${name} in ${(times[name] / 1000).toFixed(1)} s`);
  }
  if (!existsSync(staging)) {
    return { ok: false, failed: 'publish', message: `✗ the phases left no ${staging}/; ${out}/ untouched.` };
  }
  // Two renames on one file system: out/ is missing only between them.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  log(`\n✓ ${out}/ replaced by the new build`);
  return { ok: true, times };
}
