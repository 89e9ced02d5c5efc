import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Choice } from '@/lib/wizard/question-view';

/**
 * A plain GET form: without JavaScript it sends `?needs=a&needs=b` to the static outcome page.
 * public/site.js (`needs-none`) makes "none of these" exclusive and re-ticks answers on "change".
 */
export async function NeedsForm({
  locale,
  action,
  heading,
  choices,
}: {
  locale: Locale;
  action: string;
  heading: string;
  choices: Choice[];
}) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <>
      <form id="needs-form" method="get" action={action} className="mt-6" data-module="needs-none">
        <fieldset aria-describedby="needs-hint">
          <legend className="sr-only">{heading}</legend>
          <p id="needs-hint" className="mb-4 text-slate-700">
            {t('needsHint')}
          </p>
          <ul className="space-y-3">
            {choices.map((c) => (
              <li key={c.id}>
                <label className="flex items-center gap-3 text-lg">
                  <input type="checkbox" name="needs" value={c.id} className="size-6 accent-brand-700" />
                  {c.label}
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
    </>
  );
}
