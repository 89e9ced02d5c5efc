import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { inEveryLocale } from '@/lib/i18n/routing';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getGuidelinesOf, getOrganisation, getOrganisations } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';
import { GuidelineList } from '@/components/guideline/GuidelineList';
import { SearchFacets } from '@/components/search/SearchFacets';
import { UpdatesSection, UpdatesSummary } from '@/components/history/Updates';
import { feedLinks, feedPath } from '@/lib/history/feed';
import { getHistory } from '@/lib/history/load';
import { organisationUpdates } from '@/lib/history/view';

type Props = PageProps<'organisation'>;
export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(getOrganisations().map((o) => ({ organisation: o.id })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organisation } = await routeParams(params);
  const org = getOrganisation(organisation);
  if (!org) return {};
  return {
    ...(await describePage(
      locale,
      localePath(locale, 'organisations', org.id),
      org.name[locale],
      org.description[locale],
    )),
    alternates: { types: feedLinks(locale, { id: org.id, name: org.name[locale] }) },
  };
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, organisation } = await routeParams(params);
  const org = getOrganisation(organisation);
  if (!org) notFound();
  const t = await getTranslations({ locale, namespace: 'Organisations' });
  const tDecision = await getTranslations({ locale, namespace: 'DecisionTable' });
  const history = getHistory();
  const orgHistory = history.organisations.find((o) => o.id === org.id);
  const updates = orgHistory ? organisationUpdates(locale, orgHistory, history.toolNames) : { notes: [] };
  return (
    <div data-pagefind-body data-pagefind-weight="0.5" data-org={org.id}>
      <h1 className="text-3xl font-bold">{org.name[locale]}</h1>
      <UpdatesSummary locale={locale} updates={updates} />
      <SearchFacets kind="organisation" organisation={org.id} organisationName={org.name[locale]} />
      <p className="mt-2 text-slate-700">
        {t('country')}: {t(`countries.${org.country}`)}
      </p>
      <p className="mt-3 max-w-3xl">{org.description[locale]}</p>
      <p className="mt-6">
        <AppLink href={localePath(locale, 'wizard', org.id)} className="button-primary">
          {t('wizardLink', { organisation: org.name[locale] })}
        </AppLink>
      </p>
      <p className="mt-3">
        <AppLink href={localePath(locale, 'organisations', org.id, 'decision-table')}>{tDecision('link')}</AppLink>
      </p>
      <h2 className="mt-8 text-xl font-bold">{t('guidelines')}</h2>
      <GuidelineList locale={locale} guidelines={getGuidelinesOf(org.id, locale)} />
      <h2 className="mt-8 text-xl font-bold">{t('contacts')}</h2>
      <dl className="mt-2 space-y-2">
        {org.contacts.map((c) => (
          <div key={c.value}>
            <dt className="font-semibold">{c.label[locale]}</dt>
            <dd>{c.value.startsWith('https://') ? <a href={c.value}>{c.value}</a> : c.value}</dd>
          </div>
        ))}
      </dl>
      <UpdatesSection locale={locale} updates={updates} intro="policyIntro" feedHref={feedPath(locale, org.id)} />
    </div>
  );
}
