import type { Choice } from '@/lib/wizard/question-view';
import { AppLink } from '@/components/ui/AppLink';

/** A question's options as large links: one click answers it (no JavaScript needed). */
export function ChoiceList({ choices, target }: { choices: Choice[]; target?: '_top' }) {
  return (
    <ul className="mt-6 space-y-3">
      {choices.map((c) => (
        <li key={c.id} data-filter-item={c.label}>
          <AppLink
            href={c.href}
            target={target}
            className="block rounded border-2 border-slate-300 p-4 no-underline hover:border-brand-700 focus-visible:border-brand-700"
            data-choice={c.id}
          >
            <span className="block text-lg font-semibold text-brand-700 underline underline-offset-2">{c.label}</span>
            {c.hint && <span className="mt-1 block text-slate-700">{c.hint}</span>}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
