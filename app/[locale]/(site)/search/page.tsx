import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { locales } from '@/lib/i18n/routing';
import { localeFromParams } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { messages } from '@/lib/i18n/messages';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { getPolicies, toolInOrganisation } from '@/lib/wizard';
import { nonZeroCounts } from '@/lib/wizard/matrix';
import { basePath } from '@/lib/site';
import type { ToolCardData } from '@/lib/search/tool-cards';
import { SearchApp, type SearchLabels } from '@/components/search/SearchApp';
import { AppLink } from '@/components/ui/AppLink';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Search' });
  return { title: t('title') };
}

/** Pagefind runs in the browser; the page itself is static and says so when JavaScript is off. */
export default async function SearchPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const m = messages[locale];
  const tt = await getTranslations({ locale, namespace: 'Tools' });
  const format = await getFormatter({ locale });
  const t = await getTranslations({ locale, namespace: 'Search' });
  const organisations = getOrganisations();
  const policies = getPolicies();
  const plural = (n: number) => t('results', { count: n, query: '{query}' }).replace(String(n), '{count}');
  const labels: SearchLabels = {
    ...m.Search,
    results: { zero: plural(0), one: plural(1), other: plural(7) },
    kinds: m.Search.kinds,
    languages: Object.fromEntries(locales.map((l) => [l, m.Languages[l]])),
    organisations: Object.fromEntries(organisations.map((o) => [o.id, o.name[locale]])),
  };
  const tools: ToolCardData[] = getTools().map((tool) => ({
    id: tool.id,
    name: tool.name,
    names: [tool.name, tool.id.replace(/-/g, ' '), ...tool.aliases].map((n) => n.toLowerCase()),
    href: `${basePath}${localePath(locale, 'tools', tool.id)}`,
    statuses: organisations.map((o) => {
      const view = toolInOrganisation(policies[o.id], tool.id);
      // The counts, a prohibition first: one "overall" verdict would hide it.
      const label = format.list(
        nonZeroCounts(view.counts).map(({ verdict, count }) => tt(`countsIn.${verdict}`, { count })),
        { type: 'conjunction' },
      );
      return { organisation: o.id, organisationName: o.name[locale], verdict: view.status, label };
    }),
  }));
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <noscript>
        <p className="notice notice-caution" data-noscript>
          {t('noscript')} <AppLink href={localePath(locale, 'guidelines')}>{m.GuidelineIndex.title}</AppLink>
        </p>
      </noscript>
      <div className="mt-6">
        <SearchApp locale={locale} basePath={basePath} labels={labels} tools={tools} />
      </div>
    </div>
  );
}
