import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { MatrixSituation } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { purposeIds, dataClassIds } from '@/lib/vocabulary';
import { PlainLink } from '@/components/ui/PlainLink';

/**
 * The 24 situation matrices as a purpose × data grid of links: one row per purpose (its name links
 * to the purpose page), four data-class links in it (short labels; the matrix page names it in full). Plain links: the grid stands on
 * every matrix page, next to hundreds of other links. The current situation, if any, is marked with
 * aria-current="page" and shown bold with a thick border (not by colour alone).
 */
export async function SituationGrid({ locale, current }: { locale: Locale; current?: MatrixSituation }) {
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const t = await getTranslations({ locale, namespace: 'Tools' });
  const paths = matrixPaths(locale);
  return (
    <ul className="mt-3 space-y-3 lg:space-y-1.5" data-situation-grid>
      {purposeIds.map((purpose) => (
        <li key={purpose} className="lg:grid lg:grid-cols-[13rem_1fr] lg:items-center lg:gap-3">
          <PlainLink
            href={paths.purpose(purpose)}
            className="inline-block py-1 font-semibold"
            data-situation-purpose={purpose}
          >
            {v(`purpose.${purpose}.label`)}
          </PlainLink>
          <ul className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:mt-0">
            {dataClassIds.map((data) => {
              const isCurrent = current?.purpose === purpose && current.data === data;
              return (
                <li key={data} className="min-w-0">
                  <PlainLink
                    href={paths.situation({ purpose, data })}
                    aria-current={isCurrent ? 'page' : undefined}
                    data-situation={`${purpose}/${data}`}
                    className="block h-full rounded border border-slate-400 px-2 py-1 text-sm leading-snug hyphens-auto wrap-break-word hover:border-brand-700 aria-[current=page]:border-[3px] aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-bold aria-[current=page]:no-underline"
                  >
                    {t(`dataShort.${data}`)}
                  </PlainLink>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
