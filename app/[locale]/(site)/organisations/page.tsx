import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { describePage, localeFromParams, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations } from '@/lib/content/queries';
import { groupByPlace } from '@/lib/organisation-groups';
import { placeLabeller } from '@/lib/i18n/organisation-place';
import { AppLink } from '@/components/ui/AppLink';
import { GroupedOrganisations } from '@/components/organisations/GroupedOrganisations';

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Organisations' });
  const count = getOrganisations().length;
  return describePage(locale, localePath(locale, 'organisations'), t('title'), t('intro', { count }));
}

/** Every organisation, by country and kind, each with its one-line description. */
export default async function OrganisationsPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Organisations' });
  const placeOf = await placeLabeller(locale);
  const organisations = getOrganisations();
  const items = organisations.map((org) => ({
    id: org.id,
    label: org.name[locale],
    description: org.description[locale],
    href: localePath(locale, 'organisations', org.id),
    place: placeOf(org),
  }));
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('intro', { count: organisations.length })}</p>
      <GroupedOrganisations
        groups={groupByPlace(items, (i) => i.place)}
        level={2}
        filterId="organisations-filter"
        renderList={(list) => (
          <ul className="mt-3 space-y-4">
            {list.map((org) => (
              <li key={org.id} data-filter-item={org.label}>
                <AppLink href={org.href} className="text-lg font-semibold">
                  {org.label}
                </AppLink>
                <p className="text-slate-700">{org.description}</p>
              </li>
            ))}
          </ul>
        )}
      />
    </div>
  );
}
