// The one way the project serves a static build (out/) over HTTP: `npm start`/`npm run serve`
// (scripts/serve.mjs), both e2e web servers, the bench, the link checks and measure-compounds all
// go through createSiteServer, so what they test is what docs/deploy.md asks of a real host:
// 1. a directory URL ends with `/` (`/da` → 301 `/da/`) and serves its index.html;
// 2. an unknown URL gets 404.html with status 404;
// 3. `/_next/static/` is cached for a year (file names change when content changes), the rest revalidated;
// 4. the security headers of deploy/security-headers.mjs (EMBED_ORIGINS: who may frame the embed);
// and, as any real host does, responses are gzip-compressed when the browser accepts it.
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import compression from 'compression';
import serveHandler from 'serve-handler';
import { headersFor } from '../deploy/security-headers.mjs';

/** An http.Server (not listening yet) for the static site in `root`. */
export function createSiteServer({ root = 'out', env = process.env } = {}) {
  const compress = compression();
  const options = { public: root, trailingSlash: true, cleanUrls: true, directoryListing: false };
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://site').pathname;
    for (const [name, value] of Object.entries(headersFor(path, env))) response.setHeader(name, value);
    compress(request, response, () => {
      serveHandler(request, response, options).catch((error) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
  });
}

/**
 * Serves `root` in this process and resolves once it listens. `port: 0` (the default) takes a free
 * port; `host` defaults to the loopback address. Returns the origin and a `close()`.
 */
export async function serveSite({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const server = createSiteServer(options);
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const address = server.address();
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  const close = () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections());
  return { server, origin, port: address.port, close };
}

/** A TCP port that is free on the loopback address right now (for a server started in another process). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer().unref().once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once `url` answers with a status below 500; rejects after `timeoutMs`, or as soon as the
 * optional `child` process (the server being waited for) has exited.
 */
export async function waitForServer(url, { timeoutMs = 30_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the server for ${url} exited (${child.exitCode})`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
