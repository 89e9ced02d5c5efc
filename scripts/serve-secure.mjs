// Serves out/ the way docs/deploy.md tells IT departments to: trailing slashes, the 404 page, long
// caching for _next/static, and the security headers from deploy/security-headers.mjs.
// Used by the e2e project that checks the site runs under its own Content-Security-Policy.
import { createServer } from 'node:http';
import handler from 'serve-handler';
import { headersFor } from '../deploy/security-headers.mjs';

const port = Number(process.env.PORT ?? 3100);
createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
  if (path.includes('/_next/static/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  return handler(req, res, { public: 'out', trailingSlash: true, cleanUrls: true, directoryListing: false });
}).listen(port, () => console.log(`serving out/ with security headers on http://localhost:${port}`));
