#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests and the benchmark, installing one if it has to.
//
// Order:
//   1. $CHROMIUM_PATH, when set and the file exists and runs (use it to point at any Chromium/Chrome);
//   2. /usr/bin/chromium (Debian's `chromium` package);
//   3. Playwright's own Chromium (`chromium.executablePath()` from playwright-core), if downloaded;
//   4. `npx playwright install chromium` (needs access to Playwright's download host);
//   5. `apt-get install -y chromium`, when running as root on a machine with apt;
//   6. otherwise: an error that says what to install.
//
// As a library: `await findBrowser()` (may install) or `locateBrowser()` (synchronous, never installs).
// As a CLI: `node scripts/find-browser.mjs` prints the path on stdout (logs go to stderr), or exits 1.
//           `--no-install` only looks.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The flags every launch of the system Chromium needs in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const log = (message) => process.stderr.write(`[find-browser] ${message}\n`);

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A browser that exists but cannot start (missing shared libraries, wrong architecture) is no browser. */
function runs(file) {
  const result = spawnSync(file, ['--version', ...CHROMIUM_ARGS], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 && /\d+\.\d+/.test(result.stdout ?? '');
}

function usable(file, source) {
  if (!file) return false;
  if (!isExecutableFile(file)) {
    if (source === 'CHROMIUM_PATH')
      log(`CHROMIUM_PATH is set to ${file}, but no executable file is there; looking further.`);
    return false;
  }
  if (!runs(file)) {
    log(`${source}: ${file} exists but \`--version\` failed (missing libraries?); looking further.`);
    return false;
  }
  return true;
}

/** Playwright's own Chromium, as playwright-core expects it to be installed (may not exist). */
function playwrightChromium() {
  try {
    const { chromium } = require('playwright-core');
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Looks, never installs. Returns the path or undefined. */
export function locateBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && usable(fromEnv, 'CHROMIUM_PATH')) return fromEnv;
  if (usable(DEBIAN_CHROMIUM, 'Debian chromium')) return DEBIAN_CHROMIUM;
  const own = playwrightChromium();
  if (own && usable(own, "Playwright's chromium")) return own;
  return undefined;
}

function run(cmd, args, timeout) {
  log(`$ ${[cmd, ...args].join(' ')}`);
  // Child output goes to stderr so that stdout stays the path alone.
  const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 2, 2], timeout });
  return result.status === 0;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Looks, then installs if allowed. Resolves to the path; rejects with instructions when nothing works. */
export async function findBrowser({ install = true } = {}) {
  const found = locateBrowser();
  if (found) return found;
  if (install) {
    log('No Chromium found; trying `npx playwright install chromium`.');
    if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 10 * 60_000)) {
      const own = playwrightChromium();
      if (own && usable(own, "Playwright's chromium")) return own;
    }
    if (isRoot() && hasCommand('apt-get')) {
      log('Trying Debian/Ubuntu: apt-get install -y chromium.');
      process.env.DEBIAN_FRONTEND ??= 'noninteractive';
      if (run('apt-get', ['update'], 10 * 60_000) && run('apt-get', ['install', '-y', 'chromium'], 20 * 60_000)) {
        if (usable(DEBIAN_CHROMIUM, 'Debian chromium')) return DEBIAN_CHROMIUM;
      }
    }
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests and the benchmark.',
      'Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      "  - Playwright's build: npx playwright install --with-deps chromium   (needs its download host)",
      '  - any Chromium or Chrome, then: export CHROMIUM_PATH=/path/to/chrome',
    ].join('\n'),
  );
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    const file = await findBrowser({ install: !process.argv.includes('--no-install') });
    process.stdout.write(`${file}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
