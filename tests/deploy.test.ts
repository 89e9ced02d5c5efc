import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { PERMISSIONS_POLICY, cacheControlFor, contentSecurityPolicy, headersFor } from '@/deploy/security-headers.mjs';
import { nginxServer } from '@/deploy/nginx.mjs';
import { iisWebConfig } from '@/deploy/iis.mjs';

const doc = readFileSync('docs/deploy.md', 'utf8');
const intranet = 'https://intranet.example.org';

describe('deployment headers', () => {
  it('closes framing everywhere but the embed, which the configured intranet may frame', () => {
    expect(headersFor('/da/wizard/', {})['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headersFor('/da/wizard/', {})['X-Frame-Options']).toBe('DENY');
    const embed = headersFor('/video-guide/sv/embed/wizard/', { EMBED_ORIGINS: 'https://intra.region.se' });
    expect(embed['Content-Security-Policy']).toContain("frame-ancestors 'self' https://intra.region.se");
    expect(embed['X-Frame-Options']).toBeUndefined();
  });

  it("has no 'unsafe-inline' and turns off every device feature", () => {
    expect(contentSecurityPolicy({ frameAncestors: "'none'" })).not.toContain('unsafe-inline');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
    }
    expect(headersFor('/da/', {})['Permissions-Policy']).toBe(PERMISSIONS_POLICY);
  });

  it('caches only the hashed assets for long, also under a base path', () => {
    expect(cacheControlFor('/video-guide/_next/static/chunks/a.css')).toContain('immutable');
    expect(cacheControlFor('/da/')).toBe('no-cache');
    expect(cacheControlFor('/pagefind/pagefind.js')).toBe('no-cache');
  });

  it('lets any origin read the open data, and only the open data; its other headers stay those of a page', () => {
    for (const path of ['/data/v1/index.json', '/video-guide/data/v1/region-halland.json']) {
      const { 'Access-Control-Allow-Origin': cors, ...rest } = headersFor(path, {});
      expect(cors, path).toBe('*');
      expect(rest).toEqual(headersFor('/da/', {}));
    }
    for (const path of ['/da/', '/da/embed/wizard/', '/_next/static/a.js', '/da/wizard/region-halland/teaching/none/'])
      expect(headersFor(path, {})['Access-Control-Allow-Origin'], path).toBeUndefined();
  });

  it('docs/deploy.md shows exactly the policy the e2e run serves, and the generated samples', () => {
    expect(doc).toContain(contentSecurityPolicy({ frameAncestors: "'none'" }));
    expect(doc).toContain(PERMISSIONS_POLICY);
    expect(doc).toContain(nginxServer({ basePath: '/video-guide', embedOrigins: [intranet] }).trimEnd());
    expect(doc).toContain(iisWebConfig({ embedOrigins: [intranet] }).trimEnd());
  });
});

describe('the nginx sample', () => {
  const conf = nginxServer({ basePath: '/video-guide', embedOrigins: [intranet, 'https://b.example'] });

  it('puts every route under the base path, the embed rule included', () => {
    expect(conf).toContain('location /video-guide/ {');
    expect(conf).toContain('location ^~ /video-guide/_next/static/ {');
    expect(conf).toContain('location ~ ^/video-guide/(da|sv|nb)/embed/ {');
    expect(conf).toContain('error_page 404 /video-guide/404.html;');
    expect(nginxServer({})).toContain('location ~ ^/(da|sv|nb)/embed/ {');
  });

  it('sends, in each location, the headers headersFor gives that path', () => {
    const blocks = conf.split(/\n    location /).slice(1);
    const headersOf = (start: string) =>
      Object.fromEntries(
        [...blocks.find((b) => b.startsWith(start))!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
    const env = { EMBED_ORIGINS: `${intranet} https://b.example` };
    expect(headersOf('/video-guide/ {')).toEqual(headersFor('/video-guide/da/', env));
    expect(headersOf('^~ /video-guide/_next/')).toEqual(headersFor('/video-guide/_next/static/a.js', env));
    expect(headersOf('~ ^/video-guide/(da|sv|nb)/embed/')).toEqual(headersFor('/video-guide/da/embed/wizard/', env));
    expect(headersOf('^~ /video-guide/data/')).toEqual(headersFor('/video-guide/data/v1/index.json', env));
  });
});

describe('the IIS sample', () => {
  const config = iisWebConfig({ embedOrigins: [intranet] });

  it('sends the page headers and opens framing for each locale embed only', () => {
    for (const [name, value] of Object.entries(headersFor('/da/', {}))) {
      if (name !== 'Cache-Control') expect(config).toContain(`<add name="${name}" value="${value}" />`);
    }
    for (const locale of ['da', 'sv', 'nb']) expect(config).toContain(`<location path="${locale}/embed">`);
    expect(config).toContain(`value="${headersFor('/da/embed/', {})['Content-Security-Policy']}"`);
    expect(config).not.toContain('unsafe-inline');
  });

  it('serves JSON as JSON and lets any origin read /data/ only', () => {
    expect(config).toContain('<mimeMap fileExtension=".json" mimeType="application/json" />');
    const data = config.split('<location path="data">')[1]!.split('</location>')[0]!;
    expect(data).toContain('<add name="Access-Control-Allow-Origin" value="*" />');
    expect(config.match(/Access-Control-Allow-Origin/g)).toHaveLength(1);
  });
});
