import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { describePage, localeFromParams, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getGuidelinesOf, getOrganisations } from '@/lib/content/queries';
import { reviewSummary } from '@/lib/content/resolve';
import { questionView } from '@/lib/wizard/question-view';
import { getFlowLabels } from '@/lib/wizard/question-page';
import { basePath, buildDate } from '@/lib/site';
import { AppLink } from '@/components/ui/AppLink';
import { ChoiceList } from '@/components/wizard/ChoiceList';
import { GroupedOrganisations } from '@/components/organisations/GroupedOrganisations';

/** Titled by the site's name alone (no "– site name" after it), described by its tagline. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return { ...(await describePage(locale, localePath(locale), t('name'))), title: { absolute: t('name') } };
}

/**
 * The home page starts the wizard: its first question comes first, one click per organisation (no
 * JavaScript needed); then the guidelines with their review status said once; then tools and search.
 * Not indexed for search: it answers nothing itself.
 */
export default async function HomePage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale });
  const start = questionView(locale, 'organisation', {}, await getFlowLabels(locale));
  const organisations = getOrganisations().map((org) => ({ org, guidelines: getGuidelinesOf(org.id, locale) }));
  const review = reviewSummary(
    organisations.flatMap((o) => o.guidelines.map((g) => g.doc)),
    buildDate,
  );
  return (
    <div className="space-y-12">
      <section aria-labelledby="start-heading" className="max-w-2xl" data-home-wizard>
        <h1 className="text-3xl font-bold">{t('Home.title')}</h1>
        <p className="mt-4 text-slate-700">{start.step}</p>
        <h2 id="start-heading" className="mt-1 text-2xl font-bold">
          {start.heading}
        </h2>
        {start.groups ? (
          <GroupedOrganisations
            groups={start.groups}
            level={3}
            filterId="home-organisation-filter"
            renderList={(choices) => <ChoiceList choices={choices} />}
          />
        ) : (
          <ChoiceList choices={start.choices} />
        )}
        <p className="mt-6 text-slate-700">{t('Home.intro', { count: organisations.length })}</p>
      </section>

      <section aria-labelledby="guidelines-heading" data-home-guidelines>
        <h2 id="guidelines-heading" className="text-2xl font-bold">
          {t('Home.guidelinesHeading')}
        </h2>
        <p className="mt-2 text-slate-700" data-review-summary>
          {t('Home.reviewSummary', review)}
        </p>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {organisations.map(({ org, guidelines }) => (
            <section key={org.id} aria-labelledby={`org-${org.id}`} data-org={org.id}>
              <h3 id={`org-${org.id}`} className="text-lg font-bold">
                <AppLink href={localePath(locale, 'guidelines', org.id)}>{org.name[locale]}</AppLink>
              </h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {guidelines.map(({ doc }) => (
                  <li key={doc.slug}>
                    <AppLink href={localePath(locale, 'guidelines', org.id, doc.slug)}>{doc.title}</AppLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="tools-heading" data-home-tools>
        <h2 id="tools-heading" className="text-2xl font-bold">
          {t('Nav.tools')}
        </h2>
        <p className="mt-2">{t('Home.toolsIntro')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <AppLink href={localePath(locale, 'tools')}>{t('Home.toolsLink')}</AppLink>
          </li>
          <li>
            <AppLink href={localePath(locale, 'tools', 'matrix')}>{t('Tools.matrixIndexTitle')}</AppLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="home-search-heading" className="max-w-2xl" data-home-search>
        <h2 id="home-search-heading" className="text-2xl font-bold">
          {t('Search.title')}
        </h2>
        {/* A plain GET form: the search page reads ?q= (with or without this page's JavaScript). */}
        <form role="search" method="get" action={`${basePath}${localePath(locale, 'search')}`} className="mt-2">
          <label htmlFor="home-search" className="block font-semibold">
            {t('Search.label')}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="home-search"
              type="search"
              name="q"
              placeholder={t('Search.placeholder')}
              className="min-w-0 flex-1 rounded border-2 border-slate-500 p-2 text-lg"
            />
            <button type="submit" className="button-primary">
              {t('Search.submit')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
