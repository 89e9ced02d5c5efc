import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, locateBrowser } from './scripts/find-browser.mjs';
import { NGINX_MISSING, findNginx } from './scripts/find-nginx.mjs';

// The tests run against the static export in out/ (run `npm run build` first).
// Browser: $CHROMIUM_PATH (set by scripts/e2e.mjs, which also installs one if needed), else whatever
// scripts/find-browser.mjs finds without installing (/usr/bin/chromium, Playwright's own Chromium).
const executablePath = process.env.CHROMIUM_PATH || locateBrowser();
// Ports can be moved (E2E_PORT, E2E_SECURE_PORT) so that two checkouts can test side by side.
const port = Number(process.env.E2E_PORT ?? 3000);
const securePort = Number(process.env.E2E_SECURE_PORT ?? 3100);
// nginx (project `nginx`, where it is installed) listens on E2E_NGINX_PORT. Each production-like
// server lets a stand-in intranet on the next port frame its embed (e2e/served-site.ts).
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 3430);
const baseURL = `http://localhost:${port}`;
const secureURL = `http://localhost:${securePort}`;
const nginxURL = `http://localhost:${nginxPort}`;
// A build with many organisations (`npm run test:scale` makes one with 100): project `scale`.
const scaleSite = process.env.E2E_SCALE_SITE;
const scalePort = Number(process.env.E2E_SCALE_PORT ?? 3440);
const scaleURL = `http://localhost:${scalePort}`;
const ci = !!process.env.CI;
const nginx = findNginx();
// Said once per run, not only as the skip reason of each test.
if (!nginx && !process.env.TEST_WORKER_INDEX) console.warn(`[e2e] ${NGINX_MISSING}`);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(csp|nginx|scale)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
    {
      // The Content-Security-Policy checks, on their own server: the one whose embed the test intranet may frame.
      name: 'secure-headers',
      testMatch: /csp\.spec\.ts/,
      metadata: { intranetPort: securePort + 1 },
      use: {
        ...devices['Desktop Chrome'],
        baseURL: secureURL,
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
    {
      // The same checks on a real nginx with the generated sample configuration (deploy/nginx.mjs).
      name: 'nginx',
      testMatch: /nginx\.spec\.ts/,
      metadata: { intranetPort: nginxPort + 1 },
      use: {
        ...devices['Desktop Chrome'],
        baseURL: nginxURL,
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
    {
      // The organisation picker, matrix and lists at 100 organisations, on a build made for it.
      name: 'scale',
      testMatch: /scale\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: scaleURL,
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  // Both servers are scripts/serve.mjs: out/ as a real host serves it (trailing slashes, the 404 page,
  // gzip, the security headers of docs/deploy.md). The second one lets the stand-in intranet of
  // e2e/served-site.ts (the next port) frame the embed. nginx, when installed, does the same.
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${port}`,
      url: `${baseURL}/da/`,
      reuseExistingServer: !ci,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve.mjs --port ${securePort}`,
      url: `${secureURL}/da/`,
      env: { EMBED_ORIGINS: `http://127.0.0.1:${securePort + 1}` },
      reuseExistingServer: !ci,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...(nginx
      ? [
          {
            command: `node scripts/serve-nginx.mjs --port ${nginxPort} --embed-origin http://127.0.0.1:${nginxPort + 1}`,
            url: `${nginxURL}/da/`,
            reuseExistingServer: !ci,
            timeout: 60_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
    ...(scaleSite
      ? [
          {
            command: `node scripts/serve.mjs --port ${scalePort} --root ${scaleSite}`,
            url: `${scaleURL}/da/`,
            reuseExistingServer: !ci,
            timeout: 60_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]
      : []),
  ],
});
