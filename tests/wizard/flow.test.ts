/**
 * The wizard's flow, one block per question (as smart-answers tests its flows): the options, where
 * each answer leads, what "back" does. Plus reading answers from URLs and the pages the build makes.
 */
import { describe, it, expect } from 'vitest';
import {
  answerPath,
  answersFromParams,
  backPath,
  legacyNeedsPath,
  needsFormAction,
  outcomePath,
  outcomeStaticParams,
  pageQuestionIds,
  questionIds,
  questionPath,
  questions,
  situationFromParams,
  staticParams,
} from '@/lib/wizard/flow';
import { answersSummary, needsQuestionView, questionView, type FlowLabels } from '@/lib/wizard/question-view';
import { dataClassIds, needIds, purposeIds } from '@/lib/vocabulary';
import { organisationIds } from '@/lib/organisations';

const hovedstaden = { organisation: 'region-hovedstaden' } as const;
const consultation = { ...hovedstaden, purpose: 'consultation' } as const;
const situation = { ...consultation, data: 'sensitive' } as const;

describe('the flow', () => {
  it('asks four questions in order, numbered 1 to 4', () => {
    expect(questionIds).toEqual(['organisation', 'purpose', 'data', 'needs']);
    expect(questionIds.map((id) => questions[id].number)).toEqual([1, 2, 3, 4]);
  });
  it('gives the first three a page each; the functions are asked on the outcome page', () => {
    expect(pageQuestionIds).toEqual(['organisation', 'purpose', 'data']);
  });
});

describe('question 1: organisation', () => {
  it('offers every organisation, one answer each', () => {
    expect(questions.organisation.options).toEqual(organisationIds);
    expect(questions.organisation.multiple).toBe(false);
  });
  it('lives at /wizard/ and has no "back"', () => {
    expect(questionPath('da', 'organisation')).toBe('/da/wizard/');
    expect(backPath('da', 'organisation', {})).toBeUndefined();
  });
  it('leads each answer to question 2 for that organisation', () => {
    for (const org of organisationIds) {
      expect(answerPath('sv', 'organisation', {}, org)).toBe(`/sv/wizard/${org}/`);
    }
  });
});

describe('question 2: purpose', () => {
  it('offers the six purposes', () => {
    expect(questions.purpose.options).toEqual(purposeIds);
    expect(purposeIds).toHaveLength(6);
  });
  it('lives under the organisation and goes back to question 1', () => {
    expect(questionPath('nb', 'purpose', hovedstaden)).toBe('/nb/wizard/region-hovedstaden/');
    expect(backPath('nb', 'purpose', hovedstaden)).toBe('/nb/wizard/');
  });
  it('leads each answer to question 3 with both answers in the URL', () => {
    expect(answerPath('da', 'purpose', hovedstaden, 'consultation')).toBe(
      '/da/wizard/region-hovedstaden/consultation/',
    );
  });
  it('cannot be asked before question 1 is answered', () => {
    expect(() => questionPath('da', 'purpose', {})).toThrow('the organisation answer is missing');
  });
});

describe('question 3: information', () => {
  it('offers the four data classes', () => {
    expect(questions.data.options).toEqual(dataClassIds);
  });
  it('goes back to question 2 with the organisation kept', () => {
    expect(questionPath('da', 'data', consultation)).toBe('/da/wizard/region-hovedstaden/consultation/');
    expect(backPath('da', 'data', consultation)).toBe('/da/wizard/region-hovedstaden/');
  });
  it('leads each answer to the outcome, at its top', () => {
    for (const data of dataClassIds) {
      expect(answerPath('da', 'data', consultation, data)).toBe(`/da/wizard/region-hovedstaden/consultation/${data}/`);
    }
  });
});

describe('question 4: functions, on the outcome page', () => {
  it('offers the six functions, several at once', () => {
    expect(questions.needs.options).toEqual(needIds);
    expect(questions.needs.multiple).toBe(true);
  });
  it('is the outcome\'s form, which the answers\' "change" link opens', () => {
    expect(questionPath('da', 'needs', situation)).toBe(
      '/da/wizard/region-hovedstaden/consultation/sensitive/#needs-form',
    );
  });
  it('keeps its old page as a redirect to the form', () => {
    expect(legacyNeedsPath('nb', situation)).toBe('/nb/wizard/region-hovedstaden/consultation/sensitive/needs/');
  });
  it('sends its form to the static outcome page it is on, which reads ?needs=', () => {
    expect(needsFormAction('da', situation)).toBe('/da/wizard/region-hovedstaden/consultation/sensitive/');
    expect(outcomePath('da', situation, ['chat', 'recording'])).toBe(
      '/da/wizard/region-hovedstaden/consultation/sensitive/?needs=chat,recording',
    );
  });
});

describe('answers from route params', () => {
  it('reads known ids and refuses any unknown one (the page answers 404)', () => {
    expect(answersFromParams({ organisation: 'region-halland' })).toEqual({ organisation: 'region-halland' });
    expect(answersFromParams({ organisation: 'region-halland', purpose: '<script>' })).toBeUndefined();
    expect(situationFromParams({ organisation: 'region-halland', purpose: 'teaching', data: 'none' })).toEqual({
      organisation: 'region-halland',
      purpose: 'teaching',
      data: 'none',
    });
    expect(situationFromParams({ organisation: 'region-halland', purpose: 'teaching' })).toBeUndefined();
  });
  it('lists every page of every question once per language', () => {
    const count = (id: (typeof pageQuestionIds)[number]) => staticParams(id).length;
    expect(count('organisation')).toBe(3);
    expect(count('purpose')).toBe(3 * organisationIds.length);
    expect(count('data')).toBe(3 * organisationIds.length * 6);
    expect(outcomeStaticParams()).toHaveLength(3 * organisationIds.length * 6 * 4);
    expect(new Set(outcomeStaticParams().map((p) => JSON.stringify(p))).size).toBe(outcomeStaticParams().length);
  });
});

const labels: FlowLabels = {
  question: (id) => `Q:${id}`,
  step: (current, total) => `${current}/${total}`,
  answer: (question, option) => `${question}=${option}`,
  hint: (question, option) => (question === 'needs' ? undefined : `hint ${option}`),
  back: 'Back',
};

describe('what a question page shows', () => {
  it('names the earlier answers after the step, links each option to its next page, and links back', () => {
    const view = questionView('da', 'data', consultation, labels);
    expect(view.heading).toBe('Q:data');
    expect(view.step).toBe('3/3 · organisation=region-hovedstaden · purpose=consultation');
    expect(view.back).toEqual({ href: '/da/wizard/region-hovedstaden/', label: 'Back' });
    expect(view.choices[0]).toEqual({
      id: 'none',
      href: '/da/wizard/region-hovedstaden/consultation/none/',
      label: 'data=none',
      hint: 'hint none',
    });
  });
  it('has no "back" in an embed, which starts where the iframe does', () => {
    expect(questionView('da', 'purpose', hovedstaden, labels, { embed: true }).back).toBeUndefined();
  });
  it("can leave the hints out (the embed's compact first question)", () => {
    const view = questionView('da', 'organisation', {}, labels, { embed: true, hints: false });
    expect(view.choices.map((c) => c.hint)).toEqual(organisationIds.map(() => undefined));
    expect(view.choices[0]?.href).toBe('/da/wizard/region-hovedstaden/');
  });
  it('summarises the answers, each with a link to change it', () => {
    expect(answersSummary('sv', situation, labels, 'none chosen').map((r) => [r.answer, r.changeHref])).toEqual([
      ['organisation=region-hovedstaden', '/sv/wizard/'],
      ['purpose=consultation', '/sv/wizard/region-hovedstaden/'],
      ['data=sensitive', '/sv/wizard/region-hovedstaden/consultation/'],
      ['none chosen', '/sv/wizard/region-hovedstaden/consultation/sensitive/#needs-form'],
    ]);
  });
  it('asks the functions on the outcome: the question, and one checkbox per function in order', () => {
    const view = needsQuestionView(labels);
    expect(view.heading).toBe('Q:needs');
    expect(view.choices).toEqual(needIds.map((id) => ({ id, label: `needs=${id}` })));
  });
});
