/**
 * Reads a query as staff write it ("får jag spela in mötet?"): lower case, phrases joined, question
 * and stop words dropped, and each remaining word with its synonyms. Pure; the search page and the
 * relevance bench (scripts/bench/relevance.mjs) both use it.
 */
import type { Locale } from '@/lib/i18n/routing';
import { stopWords } from './stop-words';
import { phrases, synonymSets } from './synonyms';

export interface QueryWord {
  /** The word as written (lower case). */
  word: string;
  /** The word first, then its synonyms: a page that has any of them matches the word. */
  alternatives: string[];
}

const MAX_ALTERNATIVES = 6;

/** Lower case, words of letters, digits and inner hyphens, one space between. */
export function normaliseQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, '$1')
    .trim();
}

/**
 * The same word for our purpose: equal, or one is the other plus an ending of at most three letters
 * (säkerhetsskyddsklassificerad/-e, optage/optagelse), for words of five letters or more.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

function alternativesOf(word: string, locale: Locale): string[] {
  const found = synonymSets(locale).filter((set) => set.some((s) => sameWord(s, word)));
  return [...new Set([word, ...found.flat()])].slice(0, MAX_ALTERNATIVES);
}

/** The words that carry the query's meaning, each with its synonyms. */
export function readQuery(query: string, locale: Locale): QueryWord[] {
  let text = ` ${normaliseQuery(query)} `;
  for (const [phrase, word] of Object.entries(phrases[locale])) text = text.split(` ${phrase} `).join(` ${word} `);
  const all = [...new Set(text.split(' ').filter(Boolean))];
  const meaningful = all.filter((w) => !stopWords[locale].has(w));
  // A query of stop words only ("hvordan") is still searched as written.
  const read: QueryWord[] = [];
  for (const word of meaningful.length > 0 ? meaningful : all) {
    // A synonym of an earlier word ("Meet MedCom") is the same word: a page need not have both.
    if (read.some((r) => r.alternatives.includes(word))) continue;
    read.push({ word, alternatives: alternativesOf(word, locale) });
  }
  return read;
}
