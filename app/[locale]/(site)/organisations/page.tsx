import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';

export const generateMetadata = titleMetadata('Organisations', 'title', {
  path: 'organisations',
  description: 'intro',
});

export default async function OrganisationsPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Organisations' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('intro')}</p>
      <ul className="mt-6 space-y-4">
        {getOrganisations().map((org) => (
          <li key={org.id}>
            <AppLink href={localePath(locale, 'organisations', org.id)} className="text-lg font-semibold">
              {org.name[locale]}
            </AppLink>
            <p className="text-slate-700">{org.description[locale]}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
