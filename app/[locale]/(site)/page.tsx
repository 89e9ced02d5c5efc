import { getTranslations, getFormatter } from 'next-intl/server';
import { localeFromParams, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations, getGuidelinesOf } from '@/lib/content/queries';
import { isOverdue } from '@/lib/content/resolve';
import { buildDate } from '@/lib/site';
import { AppLink } from '@/components/ui/AppLink';

export default async function HomePage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return (
    <div data-pagefind-body>
      <h1 className="text-3xl font-bold">{t('Home.title')}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t('Home.intro')}</p>
      <h2 className="mt-10 text-2xl font-bold">{t('Home.guidelinesHeading')}</h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {getOrganisations().map((org) => (
          <section
            key={org.id}
            aria-labelledby={`org-${org.id}`}
            className="rounded border border-slate-300 p-4"
            data-org={org.id}
          >
            <h3 id={`org-${org.id}`} className="text-lg font-bold">
              <AppLink href={localePath(locale, 'organisations', org.id)}>{org.name[locale]}</AppLink>
            </h3>
            <p className="mt-1 text-sm text-slate-700">{org.description[locale]}</p>
            <ul className="mt-3 space-y-2">
              {getGuidelinesOf(org.id, locale).map(({ doc }) => (
                <li key={doc.slug}>
                  <AppLink href={localePath(locale, 'guidelines', org.id, doc.slug)}>{doc.title}</AppLink>
                  <span className="block text-sm text-slate-700">
                    {t('Home.reviewStatus')}: {t('Guideline.nextReview')}{' '}
                    {format.dateTime(new Date(`${doc.nextReview}T12:00:00Z`), { dateStyle: 'medium' })}
                    {isOverdue(doc.nextReview, buildDate) && (
                      <strong className="ml-1 text-red-800">– {t('Guideline.overdueTitle')}</strong>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
