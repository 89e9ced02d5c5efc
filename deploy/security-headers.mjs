// The HTTP headers the portal is meant to be served with: the one source for the sample nginx and
// IIS configurations in docs/deploy.md (a unit test keeps them in step) and for every local server
// of out/ (scripts/site-server.mjs: `npm start`, the e2e runs, the bench).
import config from '../lib/i18n/locales.json' with { type: 'json' };

/** `/{locale}/embed/…`, also under a base path (`/video-guide/sv/embed/…`). */
const EMBED_PATH = new RegExp(`^(/[^/]+)*?/(${config.locales.join('|')})/embed/`);

/**
 * Content-Security-Policy. Why each source is there:
 * - script-src 'unsafe-inline': Next's static export inlines a different data script on every page,
 *   so neither a nonce (no server) nor a hash list (hundreds of pages) can name them.
 * - 'wasm-unsafe-eval': Pagefind searches in WebAssembly. No 'unsafe-eval'.
 * - style-src 'unsafe-inline': React writes a few style attributes.
 * Everything else is 'self' or nothing: the site loads nothing from elsewhere.
 */
export function contentSecurityPolicy({ frameAncestors }) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Intranet origins allowed to frame the wizard embed, space-separated (EMBED_ORIGINS). */
export function embedAncestors(env = process.env) {
  return `'self' ${env.EMBED_ORIGINS ?? 'https://intranet.example.org'}`.trim();
}

/** Headers for a request path: the embed routes may be framed by the intranet, nothing else may. */
export function headersFor(path, env = process.env) {
  const embed = EMBED_PATH.test(path);
  return {
    'Content-Security-Policy': contentSecurityPolicy({ frameAncestors: embed ? embedAncestors(env) : "'none'" }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}
