import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { getPolicies } from '@/lib/wizard';
import { basePath } from '@/lib/site';
import { toolCards } from '@/lib/search/tool-cards';
import { SearchApp } from '@/components/search/SearchApp';
import { ClientMessages } from '@/components/i18n/ClientMessages';
import { AppLink } from '@/components/ui/AppLink';

export const generateMetadata = titleMetadata('Search', 'title', { path: 'search', description: 'label' });

/** Pagefind runs in the browser; the page itself is static and says so when JavaScript is off. */
export default async function SearchPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tg = await getTranslations({ locale, namespace: 'GuidelineIndex' });
  const organisations = getOrganisations();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <noscript>
        <p className="notice notice-caution" data-noscript>
          {t('noscript')} <AppLink href={localePath(locale, 'guidelines')}>{tg('title')}</AppLink>
        </p>
      </noscript>
      {/* The one React island: scripts/strip-runtime.mjs keeps Next's runtime on pages marked so. */}
      <div className="mt-6" data-needs-runtime>
        <ClientMessages locale={locale} messages={['Search', 'Languages', 'Tools.countsIn']}>
          <SearchApp
            locale={locale}
            basePath={basePath}
            organisations={Object.fromEntries(organisations.map((o) => [o.id, o.name[locale]]))}
            tools={toolCards(locale, basePath, getTools(), organisations, getPolicies())}
          />
        </ClientMessages>
      </div>
    </div>
  );
}
