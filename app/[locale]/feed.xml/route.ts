import { locales, isLocale } from '@/lib/i18n/routing';
import { atomFeed } from '@/lib/history/feed';
import { getHistory } from '@/lib/history/load';

/** `/{locale}/feed.xml`: the change notes of every organisation (Atom), a static file in out/. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  return new Response(atomFeed(getHistory(), locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
