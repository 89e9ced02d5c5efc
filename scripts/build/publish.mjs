// Runs build phases into a fresh folder and replaces the published folder only when all have passed.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** One phase as a child process: its exit status (or the error that kept it from starting). */
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', shell: false, env });
    child.on('error', (error) => resolve({ error }));
    child.on('close', (status, signal) => resolve({ status, signal }));
  });
}

/**
 * `phases`: `[name, command, args]`, run in order with `env`; they build into `staging`. An entry
 * that is a list of phases runs them side by side (independent steps, on a machine with cores to
 * spare); the first of them to fail, in list order, is the one reported.
 * Resolves to `{ ok: true, times }` once `staging` has replaced `out`, or `{ ok: false, failed,
 * message }` with `out` exactly as it was.
 */
export async function buildAndPublish({ phases, out, staging, env = process.env, log = console.log }) {
  const previous = path.join(path.dirname(staging), 'previous');
  rmSync(staging, { recursive: true, force: true });
  const times = {};
  for (const entry of phases) {
    const group = Array.isArray(entry[0]) ? entry : [entry];
    const results = await Promise.all(
      group.map(async ([name, cmd, args]) => {
        const started = performance.now();
        log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
        const result = await run(cmd, args, env);
        times[name] = Math.round(performance.now() - started);
        if (result.status === 0) log(`✓ ${name} in ${(times[name] / 1000).toFixed(1)} s`);
        return { name, ...result };
      }),
    );
    const failed = results.find((r) => r.status !== 0);
    if (failed) {
      const kept = existsSync(out) ? `${out}/ still holds the previous build, untouched` : `there is no ${out}/ yet`;
      const why = failed.error ? failed.error.message : `exit ${failed.status ?? failed.signal}`;
      return { ok: false, failed: failed.name, message: `✗ ${failed.name} failed (${why}); ${kept}.` };
    }
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
