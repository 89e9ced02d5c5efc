import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFromParams } from '@/lib/i18n/page-params';
import { localePath } from '@/lib/i18n/paths';
import { getOrganisation } from '@/lib/content/queries';
import { situationParams } from '@/lib/wizard/routes';
import { isPurposeId, isDataClassId } from '@/lib/wizard/answers';
import { needIds } from '@/lib/vocabulary';
import { basePath } from '@/lib/site';
import { QuestionPage } from '@/components/wizard/QuestionPage';
import { NeedsNoneToggle } from '@/components/wizard/NeedsNoneToggle';

type Params = Promise<{ locale: string; organisation: string; purpose: string; data: string }>;
export const dynamicParams = false;
export const generateStaticParams = situationParams;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as 'da', namespace: 'Wizard' });
  return { title: t('qNeeds') };
}

/** A plain GET form: without JavaScript it sends `?needs=a&needs=b` to the static outcome page. */
export default async function NeedsQuestion({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { organisation, purpose, data } = await params;
  const org = getOrganisation(organisation);
  if (!org || !isPurposeId(purpose) || !isDataClassId(data)) notFound();
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  return (
    <QuestionPage
      step={`${t('step', { current: 4, total: 4 })} · ${org.name[locale]} · ${v(`purpose.${purpose}.label`)} · ${v(`data.${data}.label`)}`}
      question={t('qNeeds')}
      back={localePath(locale, 'wizard', org.id, purpose)}
      backLabel={t('back')}
    >
      <form
        id="needs-form"
        method="get"
        action={`${basePath}${localePath(locale, 'wizard', org.id, purpose, data)}`}
        className="mt-6"
      >
        <fieldset aria-describedby="needs-hint">
          <legend className="sr-only">{t('qNeeds')}</legend>
          <p id="needs-hint" className="mb-4 text-slate-700">
            {t('needsHint')}
          </p>
          <ul className="space-y-3">
            {needIds.map((n) => (
              <li key={n}>
                <label className="flex items-center gap-3 text-lg">
                  <input type="checkbox" name="needs" value={n} className="size-6 accent-brand-700" />
                  {v(`need.${n}`)}
                </label>
              </li>
            ))}
          </ul>
          <p className="my-4 text-slate-700" aria-hidden="true">
            —
          </p>
          <label className="flex items-center gap-3 text-lg">
            <input type="checkbox" name="needs" value="none" className="size-6 accent-brand-700" />
            {t('needsNone')}
          </label>
        </fieldset>
        <button type="submit" className="button-primary mt-8 text-lg">
          {t('continue')}
        </button>
      </form>
      <NeedsNoneToggle formId="needs-form" />
    </QuestionPage>
  );
}
