import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { situationDescription } from '@/lib/page-descriptions';
import { decideSituation, getPolicies } from '@/lib/wizard';
import { summaryView } from '@/lib/wizard/present';
import { outcomeTexts } from '@/lib/wizard/question-page';
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
  if (!situation) return {};
  const organisations = await Promise.all(
    getOrganisations().map(async (org) => {
      const one = { organisation: org.id, ...situation };
      const { summary } = await outcomeTexts(locale, one, summaryView(decideSituation(one), locale));
      return { name: org.name[locale], sentence: summary[0] ?? '' };
    }),
  );
  return describePage(
    locale,
    matrixPaths(locale).situation(situation),
    await matrixTitle(locale, situation),
    situationDescription(organisations),
  );
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
