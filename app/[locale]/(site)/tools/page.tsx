import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { getPolicies } from '@/lib/wizard';
import { countsOverview } from '@/lib/wizard/matrix';
import { toolKinds } from '@/lib/vocabulary';
import { ToolMatrix, type MatrixRow } from '@/components/tools/ToolMatrix';
import { SituationGrid } from '@/components/tools/SituationGrid';
import { SearchFacets } from '@/components/search/SearchFacets';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Tools' });
  return { title: t('title') };
}

export default async function ToolsPage({ params }: Props) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const tools = getTools();
  const counts = countsOverview(
    getPolicies(),
    tools.map((tool) => tool.id),
  );
  const groups = toolKinds.map((kind) => ({
    kind,
    rows: tools.filter((tool) => tool.kind === kind).map((tool): MatrixRow => ({ tool, counts: counts[tool.id] })),
  }));
  return (
    <div data-pagefind-body>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <SearchFacets kind="tool" />
      <p className="mt-3 max-w-3xl">{t('intro')}</p>
      <section aria-labelledby="situations-heading" className="mt-6" data-pagefind-ignore>
        <h2 id="situations-heading" className="text-xl font-bold">
          {t('situationsHeading')}
        </h2>
        <p className="mt-1 max-w-3xl">{t('situationsIntro')}</p>
        <SituationGrid locale={locale} />
      </section>
      <ToolMatrix locale={locale} organisations={getOrganisations()} groups={groups} />
    </div>
  );
}
