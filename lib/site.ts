/** Build-time settings, each from one environment variable. Documented in README.md. */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Absolute origin used in sitemap.xml and canonical links. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Intranet default: ask crawlers to stay out. Set ROBOTS_ALLOW=true to allow indexing. */
export const robotsAllow = process.env.ROBOTS_ALLOW === 'true';

/** "Today" for review notices: the build date, overridable for reproducible builds and tests. */
export const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
