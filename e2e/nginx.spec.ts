import { test, expect } from '@playwright/test';
import { NGINX_MISSING, findNginx } from '../scripts/find-nginx.mjs';
import { servedSiteTests } from './served-site';

// Project `nginx` (playwright.config.ts): out/ on a real nginx with the configuration
// deploy/nginx.mjs generates (scripts/serve-nginx.mjs). Where nginx is not installed every test is
// skipped with the reason, never passed silently.
test.skip(!findNginx(), NGINX_MISSING);

test('the server answering is nginx, not a stand-in', async ({ request }) => {
  expect((await request.get('/da/')).headers()['server']).toMatch(/^nginx/);
});

servedSiteTests();
