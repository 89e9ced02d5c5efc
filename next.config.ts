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
  experimental: { cpus: Number(process.env.BUILD_WORKERS) || availableParallelism() },
};

export default withNextIntl(config);
