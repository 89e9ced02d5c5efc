import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { describePage, routeParams, type PageProps } from '@/lib/i18n/page-params';
import { isPurposeId } from '@/lib/wizard/answers';
import { matrixPaths, matrixPurposeParams } from '@/lib/wizard/matrix-paths';
import { dataClassIds } from '@/lib/vocabulary';
import { AppLink } from '@/components/ui/AppLink';

type Props = PageProps<'purpose'>;
export const dynamicParams = false;
export const generateStaticParams = matrixPurposeParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, purpose } = await routeParams(params);
  if (!isPurposeId(purpose)) return {};
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return describePage(
    locale,
    matrixPaths(locale).purpose(purpose),
    t('matrixPurposeTitle', { purpose: v(`purpose.${purpose}.label`) }),
    t('matrixPurposeIntro'),
  );
}

/** `/{locale}/tools/matrix/{purpose}/`: the four data classes of one purpose, each a tool matrix. */
export default async function MatrixPurposePage({ params }: Props) {
  const { locale, purpose } = await routeParams(params);
  if (!isPurposeId(purpose)) notFound();
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const paths = matrixPaths(locale);
  return (
    <div className="max-w-2xl" data-matrix-purpose={purpose}>
      <p className="mb-6">
        <AppLink href={paths.index}>← {t('allSituations')}</AppLink>
      </p>
      <h1 className="text-3xl font-bold">{t('matrixPurposeTitle', { purpose: v(`purpose.${purpose}.label`) })}</h1>
      <p className="mt-3">{t('matrixPurposeIntro')}</p>
      <ul className="mt-6 space-y-3">
        {dataClassIds.map((data) => (
          <li key={data}>
            <AppLink
              href={paths.situation({ purpose, data })}
              data-situation={`${purpose}/${data}`}
              className="block rounded border-2 border-slate-300 p-4 no-underline hover:border-brand-700 focus-visible:border-brand-700"
            >
              <span className="block text-lg font-semibold text-brand-700 underline underline-offset-2">
                {v(`data.${data}.label`)}
              </span>
              <span className="mt-1 block text-slate-700">{v(`data.${data}.hint`)}</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
