import type { ReactNode } from 'react';
import type { QuestionView } from '@/lib/wizard/question-view';
import { AppLink } from '@/components/ui/AppLink';
import { ChoiceList } from './ChoiceList';
import { GroupedOrganisations } from '@/components/organisations/GroupedOrganisations';

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
      {children ??
        (view.groups ? (
          <GroupedOrganisations
            groups={view.groups}
            level={2}
            filterId="organisation-filter"
            renderList={(choices) => <ChoiceList choices={choices} target={target} />}
          />
        ) : (
          <ChoiceList choices={view.choices} target={target} />
        ))}
    </div>
  );
}
