import type { MetadataRoute } from 'next';
import { robotsAllow, siteUrl, basePath } from '@/lib/site';

export const dynamic = 'force-static';

/** Intranet default: disallow everything. ROBOTS_ALLOW=true opens it (README, "Settings"). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: robotsAllow ? { userAgent: '*', allow: '/' } : { userAgent: '*', disallow: '/' },
    sitemap: `${siteUrl}${basePath}/sitemap.xml`,
  };
}
