import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { getPolicies } from '@/lib/wizard';
import { overviewRows } from '@/lib/wizard/matrix';
import { ToolMatrix } from '@/components/tools/ToolMatrix';
import { SituationGrid } from '@/components/tools/SituationGrid';

export const generateMetadata = titleMetadata('Tools', 'title', { path: 'tools', description: 'intro' });

export default async function ToolsPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Tools' });
  return (
    <div>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl">{t('intro')}</p>
      <section aria-labelledby="situations-heading" className="mt-6" data-pagefind-ignore>
        <h2 id="situations-heading" className="text-xl font-bold">
          {t('situationsHeading')}
        </h2>
        <p className="mt-1 max-w-3xl">{t('situationsIntro')}</p>
        <SituationGrid locale={locale} />
      </section>
      <ToolMatrix locale={locale} organisations={getOrganisations()} groups={overviewRows(getPolicies(), getTools())} />
    </div>
  );
}
