import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { basePath } from '@/lib/site';
import { needsFormId } from '@/lib/wizard/flow';
import type { NeedsQuestionView } from '@/lib/wizard/question-view';

/**
 * The functions question, on the outcome page above the functions' verdicts. A plain GET form:
 * without JavaScript it reloads this static page with `?needs=a&needs=b`; public/site.js
 * (`asked-needs`) then marks those functions and lists them first, and (`needs-none`) makes "none of
 * these" exclusive and ticks the boxes the URL names.
 */
export async function NeedsForm({
  locale,
  question,
}: {
  locale: Locale;
  question: NeedsQuestionView & { action: string };
}) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <form
      id={needsFormId}
      method="get"
      action={`${basePath}${question.action}`}
      className="mt-4 rounded border border-slate-300 p-4 no-print"
      data-module="needs-none"
    >
      <fieldset aria-describedby="needs-hint">
        <legend className="text-lg font-semibold">{question.heading}</legend>
        <p id="needs-hint" className="mb-3 text-slate-700">
          {t('needsHint')}
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {question.choices.map((c) => (
            <li key={c.id}>
              <label className="flex items-center gap-3">
                <input type="checkbox" name="needs" value={c.id} className="size-6 accent-brand-700" />
                {c.label}
              </label>
            </li>
          ))}
          <li>
            <label className="flex items-center gap-3">
              <input type="checkbox" name="needs" value="none" className="size-6 accent-brand-700" />
              {t('needsNone')}
            </label>
          </li>
        </ul>
      </fieldset>
      <button type="submit" className="button-primary mt-4">
        {t('needsSubmit')}
      </button>
    </form>
  );
}
