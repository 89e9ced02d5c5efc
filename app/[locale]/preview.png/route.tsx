import { ImageResponse } from 'next/og';
import { locales, isLocale } from '@/lib/i18n/routing';
import { messages } from '@/lib/i18n/messages';
import { previewImage } from '@/lib/i18n/social';

/**
 * `/{locale}/preview.png`: the link-preview image of a language (og:image, twitter:image), drawn at
 * build time by Next's own ImageResponse (satori, bundled with Next: no outside service, no font
 * download; its bundled font has æ, ø, å, ä, ö) and written to out/ as a plain PNG file.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const { name, tagline } = messages[locale].Site;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        padding: '80px',
        background: '#ffffff',
        borderLeft: '40px solid #0b4f6c',
        color: '#0f172a',
      }}
    >
      <div style={{ fontSize: 88, fontWeight: 700, color: '#0b4f6c' }}>{name}</div>
      <div style={{ marginTop: 32, fontSize: 52, lineHeight: 1.25 }}>{tagline}</div>
    </div>,
    { width: previewImage.width, height: previewImage.height },
  );
}
