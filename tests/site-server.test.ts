import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, serveSite, waitForServer } from '@/scripts/site-server.mjs';

// scripts/site-server.mjs serves out/ for `npm start`, the e2e runs and the bench: it must behave
// like the host docs/deploy.md describes. Checked here on a tiny site of its own.
const root = mkdtempSync(path.join(tmpdir(), 'site-server-'));
const page = (text: string) => `<!doctype html><title>${text}</title><p>${text.repeat(200)}</p>`;
const files: Record<string, string> = {
  'index.html': page('root'),
  'da/index.html': page('dansk'),
  'sv/embed/wizard/index.html': page('inbäddning'),
  '404.html': page('not found'),
  '_next/static/chunk.js': 'console.log(1);',
};
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  site = await serveSite({ root, env: { EMBED_ORIGINS: 'https://intra.example.se' } });
});
afterAll(async () => {
  await site.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (p: string) => fetch(`${site.origin}${p}`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });

describe('the site server', () => {
  it('redirects a directory URL to its trailing slash and serves its index.html, gzipped', async () => {
    const redirect = await get('/da');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/da/');
    const response = await get('/da/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('<title>dansk</title>');
  });

  it('answers an unknown URL with 404.html and status 404', async () => {
    const response = await get('/da/nope/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>not found</title>');
  });

  it('caches /_next/static/ for a year', async () => {
    expect((await get('/_next/static/chunk.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('sends the security headers: framing closed, except the embed for EMBED_ORIGINS', async () => {
    const normal = (await get('/da/')).headers;
    expect(normal.get('x-frame-options')).toBe('DENY');
    expect(normal.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(normal.get('x-content-type-options')).toBe('nosniff');
    const embed = (await get('/sv/embed/wizard/')).headers;
    expect(embed.get('x-frame-options')).toBeNull();
    expect(embed.get('content-security-policy')).toContain("frame-ancestors 'self' https://intra.example.se");
  });
});

describe('freePort and waitForServer', () => {
  it('waits for a server that answers, and gives up on a port nobody listens on', async () => {
    await expect(waitForServer(`${site.origin}/da/`)).resolves.toBeUndefined();
    const unused = await freePort();
    await expect(waitForServer(`http://127.0.0.1:${unused}/`, { timeoutMs: 500 })).rejects.toThrow(/did not answer/);
  });
});
