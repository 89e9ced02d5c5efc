#!/usr/bin/env node
// `npm run test:e2e [-- playwright args]`: finds (or installs) a Chromium, exports it as
// CHROMIUM_PATH for playwright.config.ts, then runs `playwright test` against the static build in out/.
// Exit code: Playwright's.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// The project `scale` alone serves its own build (E2E_SCALE_SITE, made by scripts/test-scale.mjs).
const site =
  process.argv.includes('--project=scale') && process.env.E2E_SCALE_SITE
    ? process.env.E2E_SCALE_SITE
    : path.join(root, 'out');
if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`${site} has no build: run \`npm run build\` first (the tests serve out/ as a static site).`);
  process.exit(1);
}

let browser;
try {
  browser = await findBrowser();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.error(`[e2e] Chromium: ${browser}`);

const cli = require.resolve('@playwright/test/cli');
const child = spawn(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`[e2e] playwright test ended by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
