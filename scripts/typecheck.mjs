// The project's type check: Next's route types (`next typegen`, which Next's own check would write),
// then TypeScript 7 over the whole project. `npm run typecheck` and the build's `typecheck` phase run
// this; the build then tells Next to skip its slower check of the same files (next.config.ts).
import { spawnSync } from 'node:child_process';

// Route types go to .next/types, where tsconfig.json looks for them, not into the build's export
// folder (EXPORT_DIR would make Next put them there, and they would be published).
const { EXPORT_DIR: _exportDir, ...env } = process.env;

const steps = [
  ['node_modules/.bin/next', ['typegen']],
  [process.execPath, ['node_modules/typescript-7/bin/tsc', '--noEmit']],
];
for (const [cmd, args] of steps) {
  const { status, error } = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (error || status !== 0) {
    console.error(`✗ ${[cmd, ...args].join(' ')} failed${error ? `: ${error.message}` : ''}`);
    process.exit(status || 1);
  }
}
