import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { getGuidelinesOf, getOrganisations } from '@/lib/content/queries';
import { GuidelineList } from '@/components/guideline/GuidelineList';
import { AppLink } from '@/components/ui/AppLink';
import { localePath } from '@/lib/i18n/paths';

export const generateMetadata = titleMetadata('GuidelineIndex', 'title', { path: 'guidelines', description: 'intro' });

export default async function GuidelineIndexPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'GuidelineIndex' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('intro')}</p>
      {getOrganisations().map((org) => (
        <section key={org.id} aria-labelledby={`g-${org.id}`} className="mt-8">
          <h2 id={`g-${org.id}`} className="text-xl font-bold">
            <AppLink href={localePath(locale, 'guidelines', org.id)}>{org.name[locale]}</AppLink>
          </h2>
          <GuidelineList locale={locale} guidelines={getGuidelinesOf(org.id, locale)} />
        </section>
      ))}
    </div>
  );
}
