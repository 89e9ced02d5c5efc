/**
 * What a wizard question page and the answers summary show, from the flow and a set of labels.
 * Pure: the labels (translated texts, organisation names) are passed in, so tests can use plain ones.
 */
import type { Locale } from '@/lib/i18n/routing';
import type { NeedId } from '@/lib/vocabulary';
import type { Situation } from './engine';
import { groupByPlace, type CountryGroup, type Place } from '@/lib/organisation-groups';
import {
  answerPath,
  answeredBefore,
  backPath,
  questionPath,
  questions,
  totalQuestions,
  type Answers,
  type PageQuestionId,
  type QuestionId,
} from './flow';

/** The texts a question needs; `lib/wizard/labels.ts` builds them from messages and content. */
export interface FlowLabels {
  question: (id: QuestionId) => string;
  step: (current: number, total: number) => string;
  /** An answer's label, and the hint shown under it as an option (if any). */
  answer: (question: QuestionId, option: string) => string;
  hint: (question: QuestionId, option: string) => string | undefined;
  back: string;
  /** Where an organisation is (country and kind, with their labels): its options are grouped by it. */
  place?: (organisation: string) => Place;
}

export interface Choice {
  id: string;
  href: string;
  label: string;
  hint?: string;
}

export interface QuestionView {
  id: PageQuestionId;
  heading: string;
  /** "Question 3 of 3 · Region Halland · Consultation" */
  step: string;
  back?: { href: string; label: string };
  /** One link per option. */
  choices: Choice[];
  /** The organisation question's choices by country and kind (when the labels say where each is). */
  groups?: CountryGroup<Choice>[];
}

export interface QuestionViewOptions {
  /** In an iframe: no "back" (the embed starts where the iframe does). */
  embed?: boolean;
  /** The hints under the options (the embed's compact first question leaves them out). */
  hints?: boolean;
}

/** A question page: portal (with "back") or embed (no "back": the embed starts where the iframe does). */
export function questionView(
  locale: Locale,
  id: PageQuestionId,
  answers: Answers,
  labels: FlowLabels,
  { embed = false, hints = true }: QuestionViewOptions = {},
): QuestionView {
  const question = questions[id];
  const context = answeredBefore(id, answers).map((a) => labels.answer(a.question, a.answer));
  const choices = question.options.map((option) => ({
    id: option,
    href: answerPath(locale, id, answers, option as never),
    label: labels.answer(id, option),
    hint: hints ? labels.hint(id, option) : undefined,
  }));
  const { place } = labels;
  return {
    id,
    heading: labels.question(id),
    step: [labels.step(question.number, totalQuestions), ...context].join(' · '),
    back: embed ? undefined : backLink(backPath(locale, id, answers), labels.back),
    choices,
    groups: id === 'organisation' && place ? groupByPlace(choices, (c) => place(c.id)) : undefined,
  };
}

/** The functions question, asked on the outcome page: its text and one checkbox per function. */
export interface NeedsQuestionView {
  heading: string;
  choices: { id: NeedId; label: string }[];
}

export function needsQuestionView(labels: FlowLabels): NeedsQuestionView {
  return {
    heading: labels.question('needs'),
    choices: questions.needs.options.map((id) => ({ id, label: labels.answer('needs', id) })),
  };
}

function backLink(href: string | undefined, label: string) {
  return href ? { href, label } : undefined;
}

export interface AnswerRow {
  question: QuestionId;
  questionText: string;
  answer: string;
  /** Back to the question, with the answers before it kept. */
  changeHref: string;
}

/**
 * The answers given, each with the link that changes it (GOV.UK "check your answers"). The needs
 * row shows `noNeeds` until the page reads `?needs=` (outcome pages are static).
 */
export function answersSummary(locale: Locale, situation: Situation, labels: FlowLabels, noNeeds: string): AnswerRow[] {
  const rows: AnswerRow[] = (['organisation', 'purpose', 'data'] as const).map((id) => ({
    question: id,
    questionText: labels.question(id),
    answer: labels.answer(id, situation[id]),
    changeHref: questionPath(locale, id, situation),
  }));
  rows.push({
    question: 'needs',
    questionText: labels.question('needs'),
    answer: noNeeds,
    changeHref: questionPath(locale, 'needs', situation),
  });
  return rows;
}

export type { NeedId };
