import { getTranslations } from 'next-intl/server';
import { localeFromParams, titleMetadata, type PageProps } from '@/lib/i18n/page-params';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { AppLink } from '@/components/ui/AppLink';
import { SituationGrid } from '@/components/tools/SituationGrid';

export const generateMetadata = titleMetadata('Tools', 'matrixIndexTitle', {
  path: 'tools/matrix',
  description: 'situationsIntro',
});

/** `/{locale}/tools/matrix/`: the 24 situations, each linking to its tool matrix. */
export default async function MatrixIndexPage({ params }: PageProps) {
  const locale = await localeFromParams(params);
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const paths = matrixPaths(locale);
  return (
    <div data-matrix-index>
      <p className="mb-6">
        <AppLink href={paths.overview}>← {t('overview')}</AppLink>
      </p>
      <h1 className="text-3xl font-bold">{t('matrixIndexTitle')}</h1>
      <p className="mt-3 max-w-3xl">{t('situationsIntro')}</p>
      <nav aria-labelledby="situations-heading" className="mt-6">
        <h2 id="situations-heading" className="sr-only">
          {t('allSituations')}
        </h2>
        <SituationGrid locale={locale} />
      </nav>
    </div>
  );
}
