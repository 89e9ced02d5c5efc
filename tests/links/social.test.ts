/** A page's link preview: Open Graph and Twitter card, absolute URLs under the base path. */
import { describe, it, expect, vi, afterEach } from 'vitest';
import type { PageTexts } from '@/lib/i18n/social';

const texts: PageTexts = {
  locale: 'sv',
  path: '/sv/tools/teams/',
  title: 'Microsoft Teams',
  description: 'Region Halland: rekommenderas i 4 situationer.',
  siteName: 'Videovägvisaren',
  imageAlt: 'Videovägvisaren: Vilket videoverktyg får jag använda – och hur?',
};

/** lib/site.ts reads SITE_URL and the base path when it loads: a fresh module per setting. */
async function withSite(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return import('@/lib/i18n/social');
}

afterEach(() => vi.unstubAllEnvs());

describe('pageMetadata', () => {
  it('gives title, description, og:* and the Twitter card, URLs absolute under SITE_URL and the base path', async () => {
    const { pageMetadata } = await withSite({
      SITE_URL: 'https://intra.example/',
      NEXT_PUBLIC_BASE_PATH: '/video-guide',
    });
    const m = pageMetadata(texts);
    expect(m.title).toBe('Microsoft Teams');
    expect(m.description).toBe(texts.description);
    expect(m.openGraph).toMatchObject({
      type: 'website',
      title: 'Microsoft Teams',
      description: texts.description,
      url: 'https://intra.example/video-guide/sv/tools/teams/',
      siteName: 'Videovägvisaren',
      locale: 'sv_SE',
      alternateLocale: ['da_DK', 'nb_NO'],
    });
    const image = { url: 'https://intra.example/video-guide/sv/preview.png', width: 1200, height: 630 };
    expect(m.openGraph?.images).toEqual([expect.objectContaining({ ...image, alt: texts.imageAlt })]);
    expect(m.twitter).toMatchObject({ card: 'summary_large_image', title: 'Microsoft Teams' });
    expect(m.twitter?.images).toEqual([expect.objectContaining(image)]);
  });

  it('uses each language’s own image and locale', async () => {
    const { pageMetadata } = await withSite({ SITE_URL: 'http://localhost:3000', NEXT_PUBLIC_BASE_PATH: '' });
    const m = pageMetadata({ ...texts, locale: 'nb', path: '/nb/' });
    expect(m.openGraph).toMatchObject({ url: 'http://localhost:3000/nb/', locale: 'nb_NO' });
    expect(m.openGraph?.alternateLocale).toEqual(['da_DK', 'sv_SE']);
    expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: 'http://localhost:3000/nb/preview.png' })]);
  });
});
