import { inEveryLocale, isLocale } from '@/lib/i18n/routing';
import { atomFeed } from '@/lib/history/feed';
import { getHistory } from '@/lib/history/load';
import { organisationIds, type OrganisationId } from '@/lib/organisations';

/** `/{locale}/organisations/{org}/feed.xml`: one organisation's change notes (Atom), a static file. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale(organisationIds.map((organisation) => ({ organisation })));

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; organisation: string }> },
) {
  const { locale, organisation } = await params;
  if (!isLocale(locale) || !organisationIds.includes(organisation as OrganisationId))
    return new Response(null, { status: 404 });
  return new Response(atomFeed(getHistory(), locale, organisation as OrganisationId), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
