import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { routeParams, type PageProps } from '@/lib/i18n/page-params';
import { getPolicies } from '@/lib/wizard';
import { situationRows, type MatrixSituation } from '@/lib/wizard/matrix';
import { matrixPaths, matrixSituationOf, matrixSituationParams } from '@/lib/wizard/matrix-paths';
import { getOrganisations, getTools } from '@/lib/content/queries';
import { AppLink } from '@/components/ui/AppLink';
import { SituationMatrixTable } from '@/components/tools/SituationMatrixTable';
import { SituationGrid } from '@/components/tools/SituationGrid';

type Props = PageProps<'purpose' | 'data'>;
export const dynamicParams = false;
export const generateStaticParams = matrixSituationParams;

async function matrixTitle(locale: Locale, { purpose, data }: MatrixSituation) {
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return t('matrixTitle', { purpose: v(`purpose.${purpose}.label`), data: v(`data.${data}.label`) });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ...rest } = await routeParams(params);
  const situation = matrixSituationOf(rest);
  return situation ? { title: await matrixTitle(locale, situation) } : {};
}

/** `/{locale}/tools/matrix/{purpose}/{data}/`: the wizard's verdict per tool × organisation in one situation. */
export default async function SituationMatrixPage({ params }: Props) {
  const { locale, ...rest } = await routeParams(params);
  const situation = matrixSituationOf(rest);
  if (!situation) notFound();
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const paths = matrixPaths(locale);
  return (
    <div data-matrix-situation={`${situation.purpose}/${situation.data}`}>
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-1">
        <AppLink href={paths.index}>← {t('allSituations')}</AppLink>
        <AppLink href={paths.overview}>{t('overview')}</AppLink>
      </p>
      <h1 className="text-3xl font-bold">{await matrixTitle(locale, situation)}</h1>
      <p className="mt-3 max-w-3xl">{t('matrixIntro')}</p>
      <SituationMatrixTable
        locale={locale}
        situation={situation}
        organisations={getOrganisations()}
        groups={situationRows(getPolicies(), situation, getTools())}
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
