/**
 * Server side of the wizard's question pages: the texts for a locale (messages and organisation
 * content), a question's or the outcome's view from route params, and the questions' page metadata.
 * Pages stay one line each.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { routeParams, type RouteParams } from '@/lib/i18n/page-params';
import { getOrganisation } from '@/lib/content/queries';
import {
  answersSummary,
  questionView,
  type FlowLabels,
  type QuestionView,
  type QuestionViewOptions,
} from './question-view';
import { answersFromParams, questions, situationFromParams, type Answers, type QuestionId } from './flow';
import { outcomeView } from './present';
import { decideSituation, getRulesetVersion } from './index';

export async function getFlowLabels(locale: Locale): Promise<FlowLabels> {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  // The vocabulary keys are built from ids the flow has already checked.
  const vocabulary = (key: string) => (v as unknown as (k: string) => string)(key);
  const answer: Record<QuestionId, (option: string) => string> = {
    organisation: (id) => getOrganisation(id)?.name[locale] ?? id,
    purpose: (id) => vocabulary(`purpose.${id}.label`),
    data: (id) => vocabulary(`data.${id}.label`),
    needs: (id) => vocabulary(`need.${id}`),
  };
  const hint: Record<QuestionId, (option: string) => string | undefined> = {
    organisation: (id) => getOrganisation(id)?.description[locale],
    purpose: (id) => vocabulary(`purpose.${id}.hint`),
    data: (id) => vocabulary(`data.${id}.hint`),
    needs: () => undefined,
  };
  return {
    question: (id) => t(questions[id].messageKey),
    step: (current, total) => t('step', { current, total }),
    answer: (question, option) => answer[question](option),
    hint: (question, option) => hint[question](option),
    back: t('back'),
  };
}

export interface QuestionPageData {
  locale: Locale;
  answers: Answers;
  view: QuestionView;
}

/** A question page's data from its route params; unknown ids in the URL → 404. */
export async function questionPageData(
  params: Promise<{ locale: string } & Partial<Record<keyof Answers, string>>>,
  id: QuestionId,
  options: QuestionViewOptions = {},
): Promise<QuestionPageData> {
  const { locale, ...segments } = await routeParams(params as RouteParams);
  const answers = answersFromParams(segments);
  if (!answers) notFound();
  return { locale, answers, view: questionView(locale, id, answers, await getFlowLabels(locale), options) };
}

/** The outcome page's data: the verdicts' view, the answers with their "change" links, the ruleset. */
export async function outcomePageData(params: RouteParams<keyof Answers>) {
  const { locale, ...segments } = await routeParams(params);
  const situation = situationFromParams(segments);
  if (!situation) notFound();
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return {
    locale,
    view: outcomeView(decideSituation(situation), locale),
    answers: answersSummary(locale, situation, await getFlowLabels(locale), t('needsNone')),
    rulesetVersion: getRulesetVersion(),
  };
}

/** `export const generateMetadata = questionMetadata('data')`: the question is the page's title. */
export function questionMetadata(id: QuestionId) {
  return async function generateMetadata({ params }: { params: RouteParams }): Promise<Metadata> {
    const { locale } = await routeParams(params);
    const t = await getTranslations({ locale, namespace: 'Wizard' });
    return { title: t(questions[id].messageKey) };
  };
}
