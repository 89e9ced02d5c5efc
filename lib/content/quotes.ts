/**
 * Finding a rule's quote in the words of its source, and the source's normative sentences.
 * Pure string work over the text units of lib/content/source-text.ts.
 */
import type { Locale } from '@/lib/i18n/routing';
import type { TextUnit } from './source-text';

/**
 * What an editor cannot see or type reliably does not count: soft hyphens and zero-width
 * characters go, typographic quotation marks and dashes become plain ones, whitespace collapses.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[“”„‟«»"″]/g, '"')
    .replace(/[‘’‚‛‹›′`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\.\.\./g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quote may leave words out with "…"; the parts must then stand in this order. */
export function quoteParts(quote: string): string[] {
  return normalise(quote)
    .split('…')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export interface Span {
  start: number;
  end: number;
}

/** The units of a page as one searchable string, with where each unit stands in it. */
export interface PageText {
  text: string;
  units: (TextUnit & Span)[];
}

export function pageText(units: TextUnit[]): PageText {
  let text = '';
  const placed = units.map((u) => {
    const t = normalise(u.text);
    const start = text.length + (text ? 1 : 0);
    text += (text ? ' ' : '') + t;
    return { ...u, start, end: start + t.length };
  });
  return { text, units: placed };
}

/** The span of a section in the page text, or undefined when the section has no text. */
export function sectionSpan(page: PageText, section: string): Span | undefined {
  const inside = page.units.filter((u) => u.sections.includes(section));
  if (inside.length === 0) return undefined;
  return { start: inside[0]!.start, end: inside.at(-1)!.end };
}

/** Where the quote's parts stand, in order, inside `within`; undefined when they do not. */
export function findQuote(page: PageText, quote: string, within: Span): Span[] | undefined {
  const spans: Span[] = [];
  let from = within.start;
  for (const part of quoteParts(quote)) {
    const at = page.text.indexOf(part, from);
    if (at < 0 || at + part.length > within.end) return undefined;
    spans.push({ start: at, end: at + part.length });
    from = at + part.length;
  }
  return spans.length ? spans : undefined;
}

/**
 * Words that make a sentence a rule. A sentence with one of them is either quoted by a rule or a
 * practice, or declared informative in content/coverage/{organisation}.yaml with a reason.
 */
export const normativeWords: Record<Locale, string[]> = {
  da: [
    'skal',
    'må ikke',
    'må',
    'bør',
    'kan ikke anbefales',
    'ulovlig',
    'ulovlige',
    'kræver',
    'kræves',
    'forbudt',
    'ikke tilladt',
  ],
  sv: ['ska', 'skall', 'får inte', 'får', 'bör', 'måste', 'aldrig', 'förbjudet', 'inte tillåtet'],
  nb: ['skal', 'skal ikke', 'må', 'bør', 'unngå', 'unngås', 'ikke tillatt', 'forbudt'],
};

const normativePattern = (locale: Locale) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...normativeWords[locale]].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );

export interface Sentence extends Span {
  text: string;
  line: number;
  sections: string[];
  /** The normative word found, or undefined. */
  normative?: string;
}

/**
 * Splits the page into sentences: at . ! ? followed by a space and a capital letter, a digit or
 * an opening quotation mark, and always between units (a list item or table cell never runs on).
 */
export function sentencesOf(page: PageText, locale: Locale): Sentence[] {
  const pattern = normativePattern(locale);
  return page.units.flatMap((u) => {
    const text = page.text.slice(u.start, u.end);
    // Sentence ends, and the bullets (•) that tables use for lists inside a cell.
    const ends = [...text.matchAll(/[.!?](?= ["(]?[\p{Lu}\p{N}])|(?= • )/gu)].map((m) => m.index + m[0].length);
    const cuts = [0, ...ends, text.length];
    return cuts.slice(1).flatMap((end, i) => {
      const raw = text.slice(cuts[i], end);
      const sentence = raw.replace(/^\s*•\s*/, '').trim();
      const lead = raw.length - raw.replace(/^\s*•\s*/, '').trimStart().length;
      if (!sentence) return [];
      const start = u.start + cuts[i]! + lead;
      return [
        {
          text: sentence,
          start,
          end: start + sentence.length,
          line: u.line,
          sections: u.sections,
          // A word inside a web address ("…-skal-hjaelpe…") is not a rule.
          normative: pattern.exec(sentence.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' '))?.[1]?.toLowerCase(),
        },
      ];
    });
  });
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
