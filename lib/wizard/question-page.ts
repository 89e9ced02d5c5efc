/**
 * Server side of the wizard's question pages: the texts for a locale (messages and organisation
 * content), a question's or the outcome's view from route params, and the questions' page metadata.
 * Pages stay one line each.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { describePage, routeParams, type RouteParams } from '@/lib/i18n/page-params';
import { absoluteUrl } from '@/lib/site';
import { getOrganisation } from '@/lib/content/queries';
import { placeLabeller } from '@/lib/i18n/organisation-place';
import {
  answersSummary,
  needsQuestionView,
  questionView,
  type FlowLabels,
  type QuestionView,
  type QuestionViewOptions,
} from './question-view';
import {
  answersFromParams,
  needsFormAction,
  outcomePath,
  questionPath,
  questions,
  situationFromParams,
  type Answers,
  type PageQuestionId,
  type QuestionId,
} from './flow';
import { outcomeView, type SummaryView } from './present';
import { outcomeDescription, outcomeHeading, summarySentences, type SummaryPhrases } from './outcome-text';
import type { Situation } from './engine';
import { decideSituation, getRulesetVersion } from './index';

export async function getFlowLabels(locale: Locale): Promise<FlowLabels> {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const placeOf = await placeLabeller(locale);
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
    place: (id) => {
      const org = getOrganisation(id);
      // The flow's options are the organisation files' ids, so this is a bug in the build, named.
      if (!org) throw new Error(`the organisation "${id}" has no file in content/organisations/`);
      return placeOf(org);
    },
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
  id: PageQuestionId,
  options: QuestionViewOptions = {},
): Promise<QuestionPageData> {
  const { locale, ...segments } = await routeParams(params as RouteParams);
  const answers = answersFromParams(segments);
  if (!answers) notFound();
  return { locale, answers, view: questionView(locale, id, answers, await getFlowLabels(locale), options) };
}

/** The summary's phrases in a locale (Wizard.summary* messages, the locale's list format). */
export async function summaryPhrases(locale: Locale): Promise<SummaryPhrases> {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const format = await getFormatter({ locale });
  return {
    use: (tools) => t('summaryUse', { tools }),
    allowed: (tools) => t('summaryAllowed', { tools }),
    conditional: (tools) => t('summaryConditional', { tools }),
    noTool: t('summaryNoTool'),
    needsNot: (needs) => t('summaryNeedsNot', { needs }),
    list: (items) => format.list(items, { type: 'conjunction' }),
    needName: (need) => v(`need.${need}`),
  };
}

/** What names an outcome (heading) and sums it up (summary sentences), in the page's language. */
export async function outcomeTexts(locale: Locale, situation: Situation, summary: SummaryView) {
  const v = await getTranslations({ locale, namespace: 'Vocabulary' });
  const heading = outcomeHeading({
    organisation: getOrganisation(situation.organisation)?.name[locale] ?? situation.organisation,
    purpose: v(`purpose.${situation.purpose}.short`),
    data: v(`data.${situation.data}.short`),
  });
  return { heading, summary: summarySentences(summary, await summaryPhrases(locale)) };
}

async function outcomeOf(params: RouteParams<keyof Answers>) {
  const { locale, ...segments } = await routeParams(params);
  const situation = situationFromParams(segments);
  if (!situation) notFound();
  const view = outcomeView(decideSituation(situation), locale);
  return { locale, situation, view, texts: await outcomeTexts(locale, situation, view.summary) };
}

/**
 * The outcome page's data: its heading and summary, the verdicts' view, the answers with their
 * "change" links, the functions question (its form sends `?needs=` to this page), the ruleset, and
 * the page's absolute URL for "copy link" (the functions asked about are added to it in the
 * browser: a static page cannot know `?needs=`).
 */
export async function outcomePageData(params: RouteParams<keyof Answers>) {
  const { locale, situation, view, texts } = await outcomeOf(params);
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  const labels = await getFlowLabels(locale);
  return {
    locale,
    heading: texts.heading,
    summary: texts.summary,
    view,
    answers: answersSummary(locale, situation, labels, t('needsNone')),
    needsQuestion: { ...needsQuestionView(labels), action: needsFormAction(locale, situation) },
    rulesetVersion: getRulesetVersion(),
    url: absoluteUrl(outcomePath(locale, situation)),
  };
}

/** An outcome's title is its situation, its description the summary of its verdicts. */
export async function outcomeMetadata({ params }: { params: RouteParams<keyof Answers> }): Promise<Metadata> {
  const { locale, situation, texts } = await outcomeOf(params);
  return describePage(locale, outcomePath(locale, situation), texts.heading, outcomeDescription(texts.summary));
}

/**
 * `export const generateMetadata = questionMetadata('data')`: the question is the page's title, the
 * step with the answers so far ("Question 3 of 3 · Region Halland · Teaching") its description.
 */
export function questionMetadata(id: PageQuestionId) {
  return async function generateMetadata({ params }: { params: RouteParams }): Promise<Metadata> {
    const { locale, ...segments } = await routeParams(params as RouteParams<keyof Answers>);
    const answers = answersFromParams(segments);
    if (!answers) return {};
    const view = questionView(locale, id, answers, await getFlowLabels(locale));
    return describePage(locale, questionPath(locale, id, answers), view.heading, view.step);
  };
}
