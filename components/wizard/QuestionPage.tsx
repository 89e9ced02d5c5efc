import type { ReactNode } from 'react';
import { AppLink } from '@/components/ui/AppLink';

export interface Choice {
  href: string;
  label: string;
  hint?: string;
  id: string;
}

/** GOV.UK question pattern: back link, step, the question as the heading, then the choices. */
export function QuestionPage({
  question,
  step,
  back,
  backLabel,
  choices,
  children,
  target,
}: {
  question: string;
  step: string;
  back?: string;
  backLabel: string;
  choices?: Choice[];
  children?: ReactNode;
  target?: '_top';
}) {
  return (
    <div className="max-w-2xl" data-wizard-question>
      {back && (
        <p className="no-print mb-6">
          <AppLink href={back} data-back-link target={target}>
            ← {backLabel}
          </AppLink>
        </p>
      )}
      <p className="text-slate-700">{step}</p>
      <h1 className="mt-1 text-3xl font-bold">{question}</h1>
      {choices && (
        <ul className="mt-6 space-y-3">
          {choices.map((c) => (
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
      {children}
    </div>
  );
}
