import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, locateBrowser } from './scripts/find-browser.mjs';

// The tests run against the static export in out/ (run `npm run build` first).
// Browser: $CHROMIUM_PATH (set by scripts/e2e.mjs, which also installs one if needed), else whatever
// scripts/find-browser.mjs finds without installing (/usr/bin/chromium, Playwright's own Chromium).
const executablePath = process.env.CHROMIUM_PATH || locateBrowser();
// Ports can be moved (E2E_PORT, E2E_SECURE_PORT) so that two checkouts can test side by side.
const port = Number(process.env.E2E_PORT ?? 3000);
const securePort = Number(process.env.E2E_SECURE_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const secureURL = `http://localhost:${securePort}`;
const ci = !!process.env.CI;

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
      testIgnore: /csp\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
    {
      // The Content-Security-Policy checks, on their own server: the one whose embed the test intranet may frame.
      name: 'secure-headers',
      testMatch: /csp\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: secureURL,
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  // Both servers are scripts/serve.mjs: out/ as a real host serves it (trailing slashes, the 404 page,
  // gzip, the security headers of docs/deploy.md). The second one lets the stand-in intranet of
  // e2e/csp.spec.ts (http://127.0.0.1:3101) frame the embed.
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
      env: { EMBED_ORIGINS: 'http://127.0.0.1:3101' },
      reuseExistingServer: !ci,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
