/**
 * Next.js sends usage data unless NEXT_TELEMETRY_DISABLED is set. The project runs `next` from
 * package.json scripts and from scripts/*.mjs; each of those must set it, and CI sets it for all.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The `next` invocations of a script's command line (`next build`, `next dev` …). */
const nextCommands = (command: string) => command.match(/(?:^|[\s"'&|;])(?:[A-Z_]+=\S+\s+)*next\s+\w+/g) ?? [];

describe('Next.js telemetry is off', () => {
  it('in every package.json script that runs next', () => {
    const runs = Object.entries(packageJson.scripts).flatMap(([name, command]) =>
      nextCommands(command).map((run) => ({ name, run: run.trim() })),
    );
    expect(runs.map((r) => r.name)).toContain('dev'); // the pattern finds the one we know of
    for (const { name, run } of runs) expect(run, name).toMatch(/NEXT_TELEMETRY_DISABLED=1\s/);
  });

  it('in the build script every other script runs next through (npm run build, base path, bench)', () => {
    expect(readFileSync('scripts/build.mjs', 'utf8')).toMatch(/env: \{[^}]*NEXT_TELEMETRY_DISABLED: '1'/);
  });

  it('in CI, for every command it runs', () => {
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^export NEXT_TELEMETRY_DISABLED=1$/m);
  });
});
