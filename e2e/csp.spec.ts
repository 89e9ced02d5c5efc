import { servedSiteTests } from './served-site';

// Project `secure-headers` (playwright.config.ts): out/ served by scripts/serve.mjs with exactly the
// headers of docs/deploy.md. The same checks run on a real nginx in e2e/nginx.spec.ts.
servedSiteTests();
