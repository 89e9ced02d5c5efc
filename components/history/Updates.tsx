import { createFormatter, createTranslator } from 'next-intl';
import { AppLink } from '@/components/ui/AppLink';
import { VerdictBadge } from '@/components/wizard/VerdictBadge';
import { messages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import type { ChangeRow } from '@/lib/history/view';
import type { NoteHistory } from '@/lib/history/policy-history';

/** A page's change notes as lib/history/view.ts shapes them. */
export interface UpdatesView {
  published?: string;
  updated?: string;
  notes: {
    date: string;
    note: string;
    anchor: string;
    number: number;
    /** Policy notes only: whether the decisions it moved could be computed, and which. */
    history?: NoteHistory;
    rows?: ChangeRow[];
  }[];
}

// Synchronous (a translator over the locale's messages), so a test renders it without a request.
const tools = (locale: Locale) => ({
  t: createTranslator({ locale, messages: messages[locale], namespace: 'Updates' }),
  date: (iso: string) =>
    createFormatter({ locale, timeZone: 'UTC' }).dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long' }),
});

/** "Published … · Last updated … · See all updates", near the top of the page (GOV.UK's pattern). */
export function UpdatesSummary({ locale, updates }: { locale: Locale; updates: UpdatesView }) {
  const { t, date } = tools(locale);
  if (!updates.published) return null;
  return (
    <p className="mt-3 text-sm text-slate-700" data-updates-summary data-pagefind-ignore="all">
      <span>
        {t('published')}: <time dateTime={updates.published}>{date(updates.published)}</time>
      </span>
      {updates.updated && updates.updated !== updates.published && (
        <span>
          {' · '}
          {t('updated')}: <time dateTime={updates.updated}>{date(updates.updated)}</time>
        </span>
      )}
      {' · '}
      <a href="#updates">{t('seeAll')}</a>
    </p>
  );
}

/** The section `#updates`: every note, newest first; a policy note with the decisions it moved. */
export function UpdatesSection({
  locale,
  updates,
  intro,
  feedHref,
}: {
  locale: Locale;
  updates: UpdatesView;
  intro: 'policyIntro' | 'guidelineIntro';
  feedHref: string;
}) {
  const { t, date } = tools(locale);
  const v = messages[locale].Vocabulary.verdict;
  return (
    // Not indexed for search: every page's "first published" would match every query about it.
    <section
      id="updates"
      aria-labelledby="updates-heading"
      className="mt-10 border-t border-slate-300 pt-6"
      data-pagefind-ignore="all"
    >
      <h2 id="updates-heading" className="text-xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{t(intro)}</p>
      <ol className="mt-4 space-y-4" reversed>
        {updates.notes.map((n) => (
          <li key={n.anchor} id={n.anchor} data-update={n.number} data-history={n.history}>
            <p>
              <time dateTime={n.date} className="font-semibold">
                {date(n.date)}
              </time>
              : {n.note}
            </p>
            {n.history === 'not-available' && <p className="mt-1 text-slate-700">{t('notAvailable')}</p>}
            {n.history === 'available' && (
              <>
                <p className="mt-1">{t('decisionsChanged', { count: n.rows?.length ?? 0 })}</p>
                {!!n.rows?.length && (
                  <div
                    className="mt-2 overflow-x-auto"
                    tabIndex={0}
                    role="region"
                    aria-labelledby={`${n.anchor}-caption`}
                  >
                    <table className="w-full border-collapse text-left text-sm" data-verdict-diff>
                      <caption id={`${n.anchor}-caption`} className="sr-only">
                        {t('caption', { date: date(n.date) })}
                      </caption>
                      <thead>
                        <tr className="border-b border-slate-400">
                          <th scope="col" className="py-1 pr-3">
                            {t('situation')}
                          </th>
                          <th scope="col" className="py-1 pr-3">
                            {t('subject')}
                          </th>
                          <th scope="col" className="py-1">
                            {t('change')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {n.rows.map((r) => (
                          <tr
                            key={`${r.href}${r.kind}${r.subject}`}
                            className="border-b border-slate-200"
                            data-change={`${r.before}>${r.after}`}
                          >
                            <td className="py-1 pr-3">
                              <AppLink href={r.href}>{r.situation}</AppLink>
                            </td>
                            <td className="py-1 pr-3">{r.subject}</td>
                            <td className="py-1">
                              <VerdictBadge verdict={r.before} label={v[r.before]} /> →{' '}
                              <VerdictBadge verdict={r.after} label={v[r.after]} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="mt-4">
        <AppLink href={feedHref} type="application/atom+xml" data-feed-link>
          {t('feed')}
        </AppLink>
      </p>
    </section>
  );
}
