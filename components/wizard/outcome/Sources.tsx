import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';
import { AppLink } from '@/components/ui/AppLink';
import { Notice } from '@/components/ui/Notice';
import { OutcomeSection } from './OutcomeSection';

/** The organisation's guidelines the outcome rests on, with their review dates (and a notice when overdue). */
export async function Sources({ locale, sources }: { locale: Locale; sources: OutcomeView['sources'] }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const tg = await getTranslations({ locale, namespace: 'Guideline' });
  const format = await getFormatter({ locale });
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long' });
  return (
    <OutcomeSection id="sources" title={t('sourcesHeading')}>
      <ul className="mt-2 space-y-3">
        {sources.map((doc) => (
          <li key={doc.slug}>
            <AppLink href={doc.href}>{doc.title}</AppLink>
            <span className="block text-sm text-slate-700">
              {tg('version')}: {doc.version} · {tg('lastReviewed')}: {date(doc.lastReviewed)} · {tg('nextReview')}:{' '}
              {date(doc.nextReview)}
            </span>
            {doc.overdue && (
              <Notice kind="caution" title={tg('overdueTitle')}>
                <p>{tg('overdue', { date: date(doc.nextReview), owner: doc.owner })}</p>
              </Notice>
            )}
          </li>
        ))}
      </ul>
    </OutcomeSection>
  );
}
