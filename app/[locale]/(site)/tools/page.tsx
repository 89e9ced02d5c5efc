import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { getPolicies, toolInOrganisation } from '@/lib/wizard';
import { toolKinds } from '@/lib/vocabulary';
import { ToolMatrix, type MatrixRow } from '@/components/tools/ToolMatrix';
import { SearchFacets } from '@/components/search/SearchFacets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Tools' });
  return { title: t('title') };
}

export default async function ToolsPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const policies = getPolicies();
  const organisations = getOrganisations();
  const groups = toolKinds.map((kind) => ({
    kind,
    rows: getTools()
      .filter((tool) => tool.kind === kind)
      .map((tool): MatrixRow => {
        const views = organisations.map((o) => toolInOrganisation(policies[o.id], tool.id));
        return {
          tool,
          statuses: views.map((view) => view.status),
          forbidden: views.map((view) => view.situations.filter((s) => s.decision.verdict === 'not-allowed').length),
        };
      }),
  }));
  return (
    <div data-pagefind-body>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <SearchFacets kind="tool" />
      <p className="mt-3 max-w-3xl">{t('intro')}</p>
      <ToolMatrix locale={locale} organisations={organisations} groups={groups} />
    </div>
  );
}
