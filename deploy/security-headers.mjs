// The HTTP headers the portal is meant to be served with: the one source for the nginx and IIS
// samples (deploy/nginx.mjs, deploy/iis.mjs; docs/deploy.md shows their output, a unit test keeps it
// in step), for every local server of out/ (scripts/site-server.mjs: `npm run serve:secure`, the e2e
// runs, the bench) and for the per-page policy the build writes into each page (scripts/csp-meta.mjs).
import config from '../lib/i18n/locales.json' with { type: 'json' };

export const LOCALES = config.locales;

/** `/{locale}/embed/…`, also under a base path (`/video-guide/sv/embed/…`). */
export const EMBED_PATH = new RegExp(`^(/[^/]+)*?/(${LOCALES.join('|')})/embed/`);

/**
 * The Content-Security-Policy is split in two, and browsers enforce both (a resource must pass each):
 *
 * - The page policy (a `<meta http-equiv>` the build writes into every page, scripts/csp-meta.mjs)
 *   holds `script-src`: 'self' plus the sha256 of each inline script of *that* page (Next's own on
 *   the search page, the language redirect on `/`). Only the build knows those hashes, and they differ
 *   per page, so no static host configuration could list them. 'wasm-unsafe-eval' only where Pagefind
 *   runs (the search pages). `default-src 'self'` closes everything not named.
 * - The header policy holds what a meta element cannot carry (`frame-ancestors`) and repeats every
 *   other restriction, so that a page without the meta would still load nothing from elsewhere. It
 *   has no `script-src` and no `default-src` (which would stand in for `script-src`): either would
 *   block the hashed inline scripts, since a header cannot know them.
 *
 * No 'unsafe-inline' anywhere: content cannot contain scripts (scripts/check-content.ts) and the
 * exported HTML has no style attributes or `<style>` elements (scripts/csp-meta.mjs fails the build
 * if one appears), so `style-src 'self'` suffices.
 */
const SHARED = [
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  // Pagefind starts its worker from a blob: URL.
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The header policy: everything but `script-src`, plus `frame-ancestors` (which a meta cannot set). */
export function contentSecurityPolicy({ frameAncestors }) {
  return [...SHARED, `frame-ancestors ${frameAncestors}`].join('; ');
}

/**
 * The page policy for the meta element: `hashes` are `sha256-…` sources of the page's inline
 * scripts; `wasm` adds 'wasm-unsafe-eval' (Pagefind's WebAssembly; never 'unsafe-eval').
 */
export function pagePolicy({ hashes = [], wasm = false } = {}) {
  const script = ["'self'", ...hashes.map((h) => `'${h}'`), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return ["default-src 'self'", `script-src ${script.join(' ')}`, ...SHARED].join('; ');
}

/** The site uses no device or powerful feature: all off, also for anything that frames it. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Intranet origins allowed to frame the wizard embed, space-separated (EMBED_ORIGINS). */
export function embedAncestors(env = process.env) {
  return `'self' ${env.EMBED_ORIGINS ?? 'https://intranet.example.org'}`.trim();
}

/** Headers for every response but the embed's. */
export function commonHeaders({ frameAncestors }) {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ frameAncestors }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}

/** Next's hashed assets: their names change when their content does. */
export const IMMUTABLE_PREFIX = '/_next/static/';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, the search index, site.js: always revalidated (ETag), so a new build shows at once. */
export const REVALIDATE = 'no-cache';

/** Cache-Control for a request path (also under a base path). */
export function cacheControlFor(path) {
  return path.includes(IMMUTABLE_PREFIX) ? IMMUTABLE : REVALIDATE;
}

/** The open data, `/data/v1/…` (also under a base path): JSON files for other systems (docs/data.md). */
export const OPEN_DATA_PREFIX = '/data/';
export const OPEN_DATA_PATH = /^(\/[^/]+)*?\/data\/v\d+\//;
/**
 * What the open data adds: any origin may read it with fetch() (intranet widgets and service-desk
 * tools run on other origins). It holds only what the pages show to anyone, and requests carry no
 * credentials (`*` forbids them), so this discloses nothing. Every other header stays as it is.
 */
export const OPEN_DATA_HEADERS = { 'Access-Control-Allow-Origin': '*' };

/** Headers for a request path: the embed routes may be framed by the intranet, nothing else may. */
export function headersFor(path, env = process.env) {
  const embed = EMBED_PATH.test(path);
  return {
    ...commonHeaders({ frameAncestors: embed ? embedAncestors(env) : "'none'" }),
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(OPEN_DATA_PATH.test(path) ? OPEN_DATA_HEADERS : {}),
    'Cache-Control': cacheControlFor(path),
  };
}
