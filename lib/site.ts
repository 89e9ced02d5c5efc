/** Build-time settings, each from one environment variable. Documented in README.md. */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Absolute origin used in sitemap.xml and canonical links. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/**
 * A site path as an absolute URL, under the base path: what a pasted link, og:url and the outcome's
 * "copy link" field show. `absoluteUrl('/da/tools/')` → `https://intranet.example/video-guide/da/tools/`.
 */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${basePath}${path}`;
}

/** Intranet default: ask crawlers to stay out. Set ROBOTS_ALLOW=true to allow indexing. */
export const robotsAllow = process.env.ROBOTS_ALLOW === 'true';

/** "Today" for review notices: the build date, overridable for reproducible builds and tests. */
export const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
