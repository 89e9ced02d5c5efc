import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// BASE_PATH lets an IT department host the portal under a sub-path such as /video-guide.
const basePath = process.env.BASE_PATH?.replace(/\/$/, '') || undefined;

// scripts/build.mjs exports into a fresh folder and replaces out/ only once every phase has passed.
// With `output: 'export'`, a distDir other than .next is where the export goes.
const exportDir = process.env.EXPORT_DIR || undefined;

const config: NextConfig = {
  output: 'export',
  distDir: exportDir,
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? '' },
  poweredByHeader: false,
  // Next renders pages in cpus − 1 workers by default: one on a two-core machine, while the main
  // process mostly waits. Rendering is nearly all of the build (docs/scale.md), so use every core.
  experimental: {
    cpus: Number(process.env.BUILD_WORKERS) || availableParallelism(),
    // Prefetch inlining decodes every page's RSC payload again and gzips each segment to size the
    // client router's prefetches. The published pages carry no client router (scripts/strip-runtime.mjs),
    // so that work, about a sixth of page rendering, is thrown away.
    prefetchInlining: false,
    // The bundler's cache for a later build is written while pages render, competing for the two
    // cores, and CI and the scale bench always build from a fresh clone, where it is never read.
    turbopackFileSystemCacheForBuild: false,
  },
  // scripts/build.mjs type-checks first with TypeScript 7 (scripts/typecheck.mjs, 3 s) and sets
  // TYPES_CHECKED; Next's own check of the same files with TypeScript 6 took 12–15 s per build.
  // A bare `next build` still checks.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
};

export default withNextIntl(config);
