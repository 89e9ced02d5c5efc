import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, getFormatter } from 'next-intl/server';
import { inEveryLocale, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { getGuideline, getGuidelineKeys, getOrganisation } from '@/lib/content/queries';
import { isOverdue } from '@/lib/content/resolve';
import { getSourceDocument } from '@/lib/content/sources';
import { absoluteUrl, buildDate } from '@/lib/site';
import { MetadataBox } from '@/components/guideline/MetadataBox';
import { TableOfContents } from '@/components/guideline/TableOfContents';
import { GuidelineBody } from '@/components/guideline/GuidelineBody';
import { OtherLanguages } from '@/components/guideline/OtherLanguages';
import { Notice } from '@/components/ui/Notice';
import { SearchFacets } from '@/components/search/SearchFacets';
import { UpdatesSection, UpdatesSummary } from '@/components/history/Updates';
import { feedLinks, feedPath } from '@/lib/history/feed';
import { guidelineUpdates } from '@/lib/history/view';
import { isoDay } from '@/lib/history/notes';

type Props = PageProps<'organisation' | 'slug'>;
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(getGuidelineKeys());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params);
  const found = getGuideline(locale, slug);
  if (!found) return {};
  const { doc, available } = found;
  const path = (l: Locale) => localePath(l, 'guidelines', doc.organisation, slug);
  const org = getOrganisation(doc.organisation);
  // A fallback page is the original in disguise: canonical points at the original, and
  // hreflang lists only the languages that really exist. Absolute, with the base path: Next resolves
  // a root-relative path against metadataBase's origin and would drop a sub-path such as /video-guide.
  return {
    ...(await describePage(locale, path(locale), doc.title, doc.summary)),
    alternates: {
      canonical: absoluteUrl(path(doc.locale)),
      languages: Object.fromEntries(available.map((l) => [l, absoluteUrl(path(l))])),
      types: feedLinks(locale, org && { id: org.id, name: org.name[locale] }),
    },
  };
}

export default async function GuidelinePage({ params }: Props) {
  const { locale, organisation, slug } = await routeParams(params);
  const found = getGuideline(locale, slug);
  if (!found || found.doc.organisation !== organisation) notFound();
  const { doc, fallback, available } = found;
  const t = await getTranslations({ locale, namespace: 'Guideline' });
  const tl = await getTranslations({ locale, namespace: 'Languages' });
  const format = await getFormatter({ locale });
  const updates = guidelineUpdates(
    (doc.changes as { date: string; note: string }[]).map((c) => ({ date: isoDay(c.date), note: c.note })),
  );
  return (
    <article data-pagefind-body data-guideline={slug} data-fallback={fallback || undefined}>
      {fallback && (
        <Notice kind="caution" title={t('fallbackTitle')}>
          <p>{t('fallback', { language: tl(doc.locale) })}</p>
        </Notice>
      )}
      {isOverdue(doc.nextReview, buildDate) && (
        <div data-overdue data-pagefind-ignore="all">
          <Notice kind="caution" title={t('overdueTitle')}>
            <p>
              {t('overdue', {
                date: format.dateTime(new Date(`${doc.nextReview}T12:00:00Z`), { dateStyle: 'long' }),
                owner: doc.owner,
              })}
            </p>
          </Notice>
        </div>
      )}
      <h1 className="text-3xl font-bold" lang={doc.locale}>
        {doc.title}
      </h1>
      <p className="mt-3 text-lg text-slate-700" lang={doc.locale}>
        {doc.summary}
      </p>
      <UpdatesSummary locale={locale} updates={updates} />
      <MetadataBox guideline={doc} source={getSourceDocument(doc.source)} locale={locale} />
      <OtherLanguages
        locale={locale}
        available={available.filter((l) => l !== locale)}
        path={(l) => localePath(l, 'guidelines', doc.organisation, slug)}
        label={t('otherLanguages')}
      />
      <TableOfContents headings={doc.headings} label={t('toc')} />
      <GuidelineBody guideline={doc} locale={locale} />
      <UpdatesSection
        locale={locale}
        updates={updates}
        intro="guidelineIntro"
        feedHref={feedPath(locale, doc.organisation)}
      />
      <SearchFacets
        kind="guideline"
        organisation={doc.organisation}
        organisationName={getOrganisation(doc.organisation)?.name[locale]}
        language={doc.originalLanguage}
        text={doc.body.raw}
        locale={doc.locale}
      />
    </article>
  );
}
