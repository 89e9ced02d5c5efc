import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// BASE_PATH lets an IT department host the portal under a sub-path such as /video-guide.
const basePath = process.env.BASE_PATH?.replace(/\/$/, '') || undefined;

const config: NextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? '' },
  poweredByHeader: false,
};

export default withNextIntl(config);
