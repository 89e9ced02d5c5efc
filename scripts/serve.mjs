#!/usr/bin/env node
// `npm run serve` / `npm run serve:secure` (and `npm start` after the build): serves out/ as a real host would
// (scripts/site-server.mjs: trailing slashes, the 404 page, caching, gzip, the security headers).
//   node scripts/serve.mjs [--port $PORT or 3000] [--host <address>] [--root out]
// The headers are exactly production's (deploy/security-headers.mjs), as the e2e projects see them.
// Without --host it listens on every interface, as `serve` did. EMBED_ORIGINS (space-separated)
// lists the intranet origins allowed to frame the embed pages. The e2e web servers start it too.
import { parseArgs } from 'node:util';
import { createSiteServer } from './site-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string' },
    root: { type: 'string', default: 'out' },
  },
});

const server = createSiteServer({ root: values.root });
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  console.log(`serving ${values.root}/ on http://${values.host ?? 'localhost'}:${port}/`);
});
