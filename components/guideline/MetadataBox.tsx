import { AppLink } from '@/components/ui/AppLink';
import { getTranslations, getFormatter } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Guideline } from '@/lib/content/queries';
import type { SourceDocument } from '@/lib/content/schema';
import { localePath } from '@/lib/i18n/paths';

export async function MetadataBox({
  guideline,
  source,
  locale,
}: {
  guideline: Guideline;
  /** How the source document is named: its title and issuer, never its file name. */
  source: SourceDocument;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Guideline' });
  const tl = await getTranslations({ locale, namespace: 'Languages' });
  const format = await getFormatter({ locale });
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: 'long' });
  const rows: [string, React.ReactNode][] = [
    [t('issuer'), guideline.issuer],
    [t('owner'), guideline.owner],
    [t('version'), guideline.version],
    ...(guideline.replaces ? [[t('replaces'), guideline.replaces] as [string, string]] : []),
    [t('lastReviewed'), date(guideline.lastReviewed)],
    [t('nextReview'), date(guideline.nextReview)],
    [t('originalLanguage'), tl(guideline.originalLanguage)],
    [
      t('translation'),
      guideline.translationOf ? (
        <AppLink
          href={localePath(guideline.translationOf, 'guidelines', guideline.organisation, guideline.slug)}
          hrefLang={guideline.translationOf}
        >
          {t('translationOf', { language: tl(guideline.translationOf) })}
        </AppLink>
      ) : (
        t('original')
      ),
    ],
    [t('audience'), guideline.audience],
    [
      t('source'),
      <span key="s" data-source-document>
        <cite lang={source.language}>{source.title}</cite>
        {source.titleInSource ? '' : ` (${t('sourceTitleGiven')})`}, <span lang={source.language}>{source.issuer}</span>
      </span>,
    ],
  ];
  return (
    <section
      aria-labelledby="metadata-heading"
      className="my-6 rounded border border-slate-300 bg-slate-50 p-4 text-sm"
      data-metadata
    >
      <h2 id="metadata-heading" className="mb-2 text-base font-bold">
        {t('metadata')}
      </h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="mb-1 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {guideline.dateNote && (
        <p className="mt-2 text-slate-700">
          <strong>{t('dateNote')}:</strong> {guideline.dateNote}
        </p>
      )}
    </section>
  );
}
