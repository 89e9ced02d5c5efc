/**
 * The words an outcome is named and summed up by: its heading (the situation) and its summary (the
 * verdicts), one sentence each. The page's `<h1>`, `<title>`, description, link preview and "In
 * short" box all read these, so a pasted link says what the page says. Pure: the translated
 * phrases come in as functions, so tests use plain ones.
 */
import type { SummaryView } from './present';

/** The situation's parts, named in the page's language (short labels: they make a title). */
export interface SituationNames {
  organisation: string;
  purpose: string;
  data: string;
}

/** "Region Hovedstaden · Videokonsultation · Helbredsoplysninger": unique per situation and locale. */
export function outcomeHeading(names: SituationNames): string {
  return [names.organisation, names.purpose, names.data].join(' · ');
}

/** The summary's phrases (Wizard.summary* messages) and how a list of names is joined. */
export interface SummaryPhrases {
  use: (tools: string) => string;
  allowed: (tools: string) => string;
  conditional: (tools: string) => string;
  noTool: string;
  needsNot: (needs: string) => string;
  /** "A, B and C" in the page's language. */
  list: (items: string[]) => string;
  needName: (need: SummaryView['forbiddenNeeds'][number]) => string;
}

/** The summary as sentences, in reading order: use, also allowed, on conditions, no tool, functions not to use. */
export function summarySentences(summary: SummaryView, phrases: SummaryPhrases): string[] {
  const { list } = phrases;
  return [
    ...(summary.use.length ? [phrases.use(list(summary.use))] : []),
    ...(summary.allowed.length ? [phrases.allowed(list(summary.allowed))] : []),
    // The conditional tools' own short sentences come without a full stop.
    ...summary.conditionalShort.map((c) => `${c.text}.`),
    ...(summary.conditional.length ? [phrases.conditional(list(summary.conditional))] : []),
    ...(summary.noTool ? [phrases.noTool] : []),
    ...(summary.forbiddenNeeds.length ? [phrases.needsNot(list(summary.forbiddenNeeds.map(phrases.needName)))] : []),
  ];
}

/** The description of an outcome page: its summary in one paragraph. */
export function outcomeDescription(sentences: string[]): string {
  return sentences.join(' ');
}
