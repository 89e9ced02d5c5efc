/**
 * The Atom feeds of change notes, written with the `feed` library: `/{locale}/feed.xml` (all
 * organisations) and `/{locale}/organisations/{org}/feed.xml`. One entry per note, guideline or
 * policy, linking to the note on its page and listing the decisions it changed. Ids are the
 * absolute URLs of the pages (lib/site.ts `absoluteUrl`), so they stay the same from build to build;
 * `updated` is the newest note's date, never the build time.
 */
import { Feed } from 'feed';
import { createTranslator } from 'next-intl';
import type { HistoryData } from './build';
import { feedEntries, type FeedEntry } from './view';
import { messages } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { absoluteUrl, buildDate } from '@/lib/site';
import type { OrganisationId } from '@/lib/organisations';

/** The site path of a feed. */
export const feedPath = (locale: Locale, organisation?: OrganisationId) =>
  organisation ? `${localePath(locale, 'organisations', organisation)}feed.xml` : `${localePath(locale)}feed.xml`;

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function entryHtml(locale: Locale, entry: FeedEntry): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Updates' });
  const parts = [`<p>${escape(entry.note)}</p>`];
  if (entry.kind === 'policy' && entry.history === 'not-available') parts.push(`<p>${escape(t('notAvailable'))}</p>`);
  if (entry.kind === 'policy' && entry.history === 'available') {
    parts.push(`<p>${escape(t('decisionsChanged', { count: entry.rows.length }))}</p>`);
    if (entry.rows.length)
      parts.push(
        `<ul>${entry.rows
          .map(
            (r) =>
              `<li><a href="${escape(absoluteUrl(r.href))}">${escape(r.situation)}</a>: ${escape(r.subject)}, ${escape(r.beforeLabel)} → ${escape(r.afterLabel)}</li>`,
          )
          .join('')}</ul>`,
      );
  }
  return parts.join('');
}

/** The Atom text of a locale's feed (all organisations, or one). */
export function atomFeed(data: HistoryData, locale: Locale, organisation?: OrganisationId): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Updates' });
  const site = messages[locale].Site.name;
  const org = organisation && data.organisations.find((o) => o.id === organisation);
  const entries = feedEntries(data, locale, organisation);
  const page = org ? localePath(locale, 'organisations', org.id) : localePath(locale);
  const feed = new Feed({
    id: absoluteUrl(feedPath(locale, organisation)),
    title: org ? t('orgFeedTitle', { organisation: org.name[locale], site }) : t('feedTitle', { site }),
    description: org ? t('orgFeedSubtitle', { organisation: org.name[locale] }) : t('feedSubtitle'),
    link: absoluteUrl(page),
    feed: absoluteUrl(feedPath(locale, organisation)),
    language: locale,
    updated: day(entries[0]?.date ?? buildDate),
    generator: false,
    author: { name: site },
  });
  for (const entry of entries)
    feed.addItem({
      id: absoluteUrl(entry.path),
      link: absoluteUrl(entry.path),
      title: escape(
        entry.kind === 'policy'
          ? t('policyEntry', { organisation: entry.name, note: entry.note })
          : t('guidelineEntry', { title: entry.name, note: entry.note }),
      ),
      date: day(entry.date),
      content: entryHtml(locale, entry),
    });
  return feed.atom1();
}

/**
 * `<link rel="alternate" type="application/atom+xml">` for a page's metadata (`alternates.types`):
 * the site's feed, and an organisation's where the page is about one.
 */
export function feedLinks(locale: Locale, organisation?: { id: OrganisationId; name: string }) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Updates' });
  const site = messages[locale].Site.name;
  return {
    'application/atom+xml': [
      ...(organisation
        ? [
            {
              url: absoluteUrl(feedPath(locale, organisation.id)),
              title: t('orgFeedTitle', { organisation: organisation.name, site }),
            },
          ]
        : []),
      { url: absoluteUrl(feedPath(locale)), title: t('feedTitle', { site }) },
    ],
  };
}
