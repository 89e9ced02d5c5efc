import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localeFromParams } from '@/lib/i18n/page-params';
import { isPurposeId, isDataClassId } from '@/lib/wizard/answers';
import { getPolicies } from '@/lib/wizard';
import { situationMatrix } from '@/lib/wizard/matrix';
import { matrixPaths, matrixSituationParams } from '@/lib/wizard/matrix-paths';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { toolKinds } from '@/lib/vocabulary';
import { AppLink } from '@/components/ui/AppLink';
import { SituationMatrixTable } from '@/components/tools/SituationMatrixTable';
import { SituationGrid } from '@/components/tools/SituationGrid';

type Params = Promise<{ locale: string; purpose: string; data: string }>;
export const dynamicParams = false;
export const generateStaticParams = matrixSituationParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, purpose, data } = await params;
  if (!isPurposeId(purpose) || !isDataClassId(data)) return {};
  const t = await getTranslations({ locale: locale as Locale, namespace: 'Tools' });
  const v = await getTranslations({ locale: locale as Locale, namespace: 'Vocabulary' });
  return { title: t('matrixTitle', { purpose: v(`purpose.${purpose}.label`), data: v(`data.${data}.label`) }) };
}

/** `/{locale}/tools/matrix/{purpose}/{data}/`: the wizard's verdict per tool × organisation in one situation. */
export default async function SituationMatrixPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { purpose, data } = await params;
  if (!isPurposeId(purpose) || !isDataClassId(data)) notFound();
  const situation = { purpose, data };
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const paths = matrixPaths(locale);
  const tools = getTools();
  return (
    <div data-matrix-situation={`${purpose}/${data}`}>
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-1">
        <AppLink href={paths.index}>← {t('allSituations')}</AppLink>
        <AppLink href={paths.overview}>{t('overview')}</AppLink>
      </p>
      <h1 className="text-3xl font-bold">
        {t('matrixTitle', { purpose: v(`purpose.${purpose}.label`), data: v(`data.${data}.label`) })}
      </h1>
      <p className="mt-3 max-w-3xl">{t('matrixIntro')}</p>
      <SituationMatrixTable
        locale={locale}
        situation={situation}
        organisations={getOrganisations()}
        groups={toolKinds.map((kind) => ({ kind, tools: tools.filter((tool) => tool.kind === kind) }))}
        cells={situationMatrix(
          getPolicies(),
          situation,
          tools.map((tool) => tool.id),
        )}
      />
      <nav aria-labelledby="other-situations-heading" className="mt-10">
        <h2 id="other-situations-heading" className="text-xl font-bold">
          {t('otherSituations')}
        </h2>
        <SituationGrid locale={locale} current={situation} />
      </nav>
    </div>
  );
}
