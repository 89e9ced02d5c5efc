/**
 * The wizard's flow, defined once (as a smart-answers flow file is): the four questions in order,
 * their options, the URL of each question, where each answer leads, what "back" does, and reading
 * the answers back from a route's params. Pages, embeds and the answers summary all read it.
 *
 *   /{locale}/wizard/                                   organisation?
 *   /{locale}/wizard/{org}/                             purpose?
 *   /{locale}/wizard/{org}/{purpose}/                   data?
 *   /{locale}/wizard/{org}/{purpose}/{data}/            the outcome, which asks the functions in
 *                                                       its own GET form (#needs-form → ?needs=…)
 *
 * The functions question had a page of its own, `…/{data}/needs/`. It is asked on the outcome page
 * now, which shows every function's verdict anyway: that halves the pages an organisation adds
 * (docs/scale.md). The old URL stays: the build writes it as a redirect to the form
 * (scripts/legacy-pages.mjs), since intranets link to it.
 *
 * Pure: no React, no Next, no content queries.
 */
import type { Locale } from '@/lib/i18n/routing';
import { inEveryLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { dataClassIds, needIds, purposeIds, type DataClassId, type NeedId, type PurposeId } from '@/lib/vocabulary';
import { organisationIds, type OrganisationId } from '@/lib/organisations';
import type { Situation } from './engine';
import { isOneOf } from './answers';

export const questionIds = ['organisation', 'purpose', 'data', 'needs'] as const;
export type QuestionId = (typeof questionIds)[number];

/** The questions with a page of their own, numbered "Question 1 of 3" …; the functions are asked on the outcome. */
export const pageQuestionIds = ['organisation', 'purpose', 'data'] as const;
export type PageQuestionId = (typeof pageQuestionIds)[number];

export interface Question<Option extends string = string> {
  id: QuestionId;
  /** 1-based, for "Question 2 of 3". */
  number: number;
  /** The question's text in the `Wizard` messages. */
  messageKey: 'qOrganisation' | 'qPurpose' | 'qData' | 'qNeeds';
  options: readonly Option[];
  /** Several answers at once (a form of checkboxes) rather than one link per option. */
  multiple: boolean;
}

export const questions = {
  organisation: {
    id: 'organisation',
    number: 1,
    messageKey: 'qOrganisation',
    options: organisationIds,
    multiple: false,
  },
  purpose: { id: 'purpose', number: 2, messageKey: 'qPurpose', options: purposeIds, multiple: false },
  data: { id: 'data', number: 3, messageKey: 'qData', options: dataClassIds, multiple: false },
  needs: { id: 'needs', number: 4, messageKey: 'qNeeds', options: needIds, multiple: true },
} as const satisfies { [Id in QuestionId]: Question & { id: Id } };

export const totalQuestions = pageQuestionIds.length;

/** The answers before a question: each question's page knows the answers to the ones before it. */
export interface Answers {
  organisation?: OrganisationId;
  purpose?: PurposeId;
  data?: DataClassId;
}

/** The answers a question needs before it can be asked (its URL segments). */
const asked: { [Id in QuestionId]: (keyof Answers)[] } = {
  organisation: [],
  purpose: ['organisation'],
  data: ['organisation', 'purpose'],
  needs: ['organisation', 'purpose', 'data'],
};

function answerTo(answers: Answers, key: keyof Answers): string {
  const value = answers[key];
  if (!value) throw new Error(`wizard flow: the ${key} answer is missing`);
  return value;
}

function segments(answers: Answers, keys: (keyof Answers)[]): string[] {
  return keys.map((k) => answerTo(answers, k));
}

/** The id of the functions form on the outcome page, where the functions question is asked. */
export const needsFormId = 'needs-form';

/** The URL of a question, given the answers before it: its page, or for the functions the outcome's form. */
export function questionPath(locale: Locale, id: QuestionId, answers: Answers = {}): string {
  const path = localePath(locale, 'wizard', ...segments(answers, asked[id]));
  return id === 'needs' ? `${path}#${needsFormId}` : path;
}

/** The functions question's page before it moved into the outcome: now a redirect to the form. */
export function legacyNeedsPath(locale: Locale, situation: Situation): string {
  return `${outcomePath(locale, situation)}needs/`;
}

/** The outcome page of a situation, with the functions asked about (`?needs=a,b`) when there are any. */
export function outcomePath(locale: Locale, situation: Situation, needs: readonly NeedId[] = []): string {
  const path = localePath(locale, 'wizard', situation.organisation, situation.purpose, situation.data);
  return needs.length ? `${path}?needs=${needs.join(',')}` : path;
}

/** Where choosing an option of a question page leads: the next question's page, or after the last the outcome. */
export function answerPath<Id extends PageQuestionId>(
  locale: Locale,
  id: Id,
  answers: Answers,
  option: (typeof questions)[Id]['options'][number],
): string {
  const next = (pageQuestionIds as readonly PageQuestionId[])[questions[id].number];
  const answered = { ...answers, [id]: option };
  return next ? questionPath(locale, next, answered) : localePath(locale, 'wizard', ...segments(answered, asked.needs));
}

/** "Back" from a question page: the question before it, with the same earlier answers; none on the first. */
export function backPath(locale: Locale, id: PageQuestionId, answers: Answers): string | undefined {
  const previous = pageQuestionIds[questions[id].number - 2];
  return previous ? questionPath(locale, previous, answers) : undefined;
}

/** Where the functions form sends its answers: the outcome page it is on (the form adds `?needs=…`). */
export function needsFormAction(locale: Locale, situation: Situation): string {
  return outcomePath(locale, situation);
}

/**
 * The answers in a route's params (`organisation`, `purpose`, `data` segments), or undefined when
 * any present segment is not a known id: the page then answers 404, never echoing the value.
 */
export function answersFromParams(params: Partial<Record<keyof Answers, string>>): Answers | undefined {
  const answers: Answers = {};
  for (const key of ['organisation', 'purpose', 'data'] as const) {
    const value = params[key];
    if (value === undefined) continue;
    if (!isOneOf<string>(questions[key].options, value)) return undefined;
    Object.assign(answers, { [key]: value });
  }
  return answers;
}

/** A complete situation from a route's params, or undefined (→ 404). */
export function situationFromParams(params: Partial<Record<keyof Answers, string>>): Situation | undefined {
  const answers = answersFromParams(params);
  return answers?.organisation && answers.purpose && answers.data
    ? { organisation: answers.organisation, purpose: answers.purpose, data: answers.data }
    : undefined;
}

/**
 * Every combination of the answers a question needs, per locale: the static params of its pages.
 * The functions question needs a whole situation: its params are the outcome pages'.
 */
export function staticParams<Id extends QuestionId>(id: Id): ({ locale: Locale } & Record<string, string>)[] {
  return asked[id].reduce<({ locale: Locale } & Record<string, string>)[]>(
    (combos, key) => combos.flatMap((c) => questions[key].options.map((o) => ({ ...c, [key]: o }))),
    inEveryLocale([{}]),
  );
}

/** The answers a page shows as context under its step line ("Region Halland · Consultation"). */
export function answeredBefore(id: QuestionId, answers: Answers): { question: keyof Answers; answer: string }[] {
  return asked[id].map((key) => ({ question: key, answer: answerTo(answers, key) }));
}

/** The outcome pages' params: every situation, per locale (the answers the functions question needs). */
export function outcomeStaticParams() {
  return staticParams('needs');
}
