import type { ReactNode } from 'react';
import type { QuestionView } from '@/lib/wizard/question-view';
import { AppLink } from '@/components/ui/AppLink';

/**
 * GOV.UK question pattern: back link, step, the question as the heading, then the choices as links
 * (or, for a question with several answers, the form given as children).
 */
export function QuestionPage({
  view,
  children,
  target,
}: {
  view: QuestionView;
  children?: ReactNode;
  /** Embeds open the portal in the top window. */
  target?: '_top';
}) {
  return (
    <div className="max-w-2xl" data-wizard-question>
      {view.back && (
        <p className="no-print mb-6">
          <AppLink href={view.back.href} data-back-link target={target}>
            ← {view.back.label}
          </AppLink>
        </p>
      )}
      <p className="text-slate-700">{view.step}</p>
      <h1 className="mt-1 text-3xl font-bold">{view.heading}</h1>
      {children ?? (
        <ul className="mt-6 space-y-3">
          {view.choices.map((c) => (
            <li key={c.id}>
              <AppLink
                href={c.href}
                target={target}
                className="block rounded border-2 border-slate-300 p-4 no-underline hover:border-brand-700 focus-visible:border-brand-700"
                data-choice={c.id}
              >
                <span className="block text-lg font-semibold text-brand-700 underline underline-offset-2">
                  {c.label}
                </span>
                {c.hint && <span className="mt-1 block text-slate-700">{c.hint}</span>}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
