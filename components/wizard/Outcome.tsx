import type { Locale } from '@/lib/i18n/routing';
import type { OutcomeView } from '@/lib/wizard/present';
import type { AnswerRow, NeedsQuestionView } from '@/lib/wizard/question-view';
import { AnswersList } from './AnswersList';
import { OutcomeSummary } from './outcome/OutcomeSummary';
import { ToolDecisions } from './outcome/ToolDecisions';
import { NeedDecisions } from './outcome/NeedDecisions';
import { Practices } from './outcome/Practices';
import { Contacts } from './outcome/Contacts';
import { Sources } from './outcome/Sources';
import { OutcomeFooter } from './outcome/OutcomeFooter';
import { CopyLink } from './outcome/CopyLink';

/**
 * The wizard's outcome page: summary, answers, every tool's and function's verdict, practices,
 * contacts and sources. The view data comes from lib/wizard/present.ts; the parts only render.
 */
export function Outcome({
  heading,
  summary,
  view,
  answers,
  needsQuestion,
  locale,
  rulesetVersion,
  url,
}: {
  /** The situation: "Region Hovedstaden · Videokonsultation · Helbredsoplysninger". */
  heading: string;
  summary: string[];
  view: OutcomeView;
  answers: AnswerRow[];
  /** The functions question, asked here: its form reloads this page with `?needs=…`. */
  needsQuestion: NeedsQuestionView & { action: string };
  locale: Locale;
  rulesetVersion: string;
  /** The outcome's absolute URL, for "copy link". */
  url: string;
}) {
  const { situation } = view;
  return (
    <div
      data-outcome
      data-organisation={situation.organisation}
      data-purpose={situation.purpose}
      data-data={situation.data}
    >
      <h1 className="text-3xl font-bold">{heading}</h1>
      <OutcomeSummary locale={locale} sentences={summary} />
      <AnswersList rows={answers} locale={locale} />
      <ToolDecisions locale={locale} groups={view.toolGroups} />
      <NeedDecisions locale={locale} needs={view.needs} question={needsQuestion} />
      <Practices locale={locale} practices={view.practices} />
      <Contacts locale={locale} contacts={view.contacts} />
      <Sources locale={locale} sources={view.sources} />
      <CopyLink locale={locale} url={url} />
      <OutcomeFooter locale={locale} rulesetVersion={rulesetVersion} />
    </div>
  );
}
