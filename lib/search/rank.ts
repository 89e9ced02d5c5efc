/**
 * Ranks pages for a read query (lib/search/query.ts) with any Pagefind-like search function, so the
 * search page and the relevance bench rank the same way.
 *
 * Pagefind requires every word of a query on a page, so one rare or misspelt word leaves nothing.
 * Here each word is searched alone, with its synonyms (a page matches the word when it has any of
 * them), and a page's rank is the sum of Pagefind's scores for the words it matches (rare words
 * weigh more, as in Pagefind's own ranking) times the share of the query's words it matches; ties
 * go by Pagefind's score for all the words together. When no page matches every word, the result
 * is `partial`: the page says these are the best partial matches.
 */
import type { QueryWord } from './query';

export interface SearchHit<D> {
  id: string;
  score: number;
  data(): Promise<D>;
}
/** One Pagefind search (with the page's filters applied by the caller). */
export type RunSearch<D> = (term: string) => Promise<SearchHit<D>[]>;

export interface RankedPage<D> {
  id: string;
  /** How many of the query's words the page matches. */
  matched: number;
  score: number;
  /** The hit whose data (excerpt, sections) is shown: the all-words one when there is one. */
  hit: SearchHit<D>;
}

export interface Ranking<D> {
  pages: RankedPage<D>[];
  /** More than one word, and no page has them all. */
  partial: boolean;
  words: number;
}

interface Tally<D> {
  matched: number;
  wordScores: number;
  allWordsScore: number;
  best: SearchHit<D>;
  bestScore: number;
}

export async function rankPages<D>(run: RunSearch<D>, words: readonly QueryWord[]): Promise<Ranking<D>> {
  const tallies = new Map<string, Tally<D>>();
  const tally = (hit: SearchHit<D>) => {
    let t = tallies.get(hit.id);
    if (!t) tallies.set(hit.id, (t = { matched: 0, wordScores: 0, allWordsScore: 0, best: hit, bestScore: -1 }));
    return t;
  };
  const perWord = await Promise.all(words.map((w) => Promise.all(w.alternatives.map(run))));
  for (const hitsOfAlternatives of perWord) {
    // A page matches the word once, with its best score over the word's alternatives.
    const best = new Map<string, SearchHit<D>>();
    for (const hit of hitsOfAlternatives.flat()) if ((best.get(hit.id)?.score ?? -1) < hit.score) best.set(hit.id, hit);
    for (const hit of best.values()) {
      const t = tally(hit);
      t.matched += 1;
      t.wordScores += hit.score;
      if (hit.score > t.bestScore) Object.assign(t, { best: hit, bestScore: hit.score });
    }
  }
  if (words.length > 1) {
    for (const hit of await run(words.map((w) => w.word).join(' '))) {
      const t = tallies.get(hit.id);
      // Its excerpt marks all the words, so it is the one to show.
      if (t) Object.assign(t, { allWordsScore: hit.score, best: hit, bestScore: Infinity });
    }
  }
  // Measured with the relevance bench: this beat "most words first, then score" (0.79 against 0.78 MRR@5).
  const rankScore = (t: Tally<D>) => t.wordScores * (t.matched / words.length);
  const ranked = [...tallies.entries()]
    .map(([id, t]) => ({ id, t }))
    .sort((a, b) => rankScore(b.t) - rankScore(a.t) || b.t.allWordsScore - a.t.allWordsScore);
  const partial = words.length > 1 && !ranked.some(({ t }) => t.matched === words.length);
  return {
    pages: ranked.map(({ id, t }) => ({ id, matched: t.matched, score: t.wordScores, hit: t.best })),
    partial,
    words: words.length,
  };
}

/** Pagefind's sub-results that are sections (have an anchor), the best matching first. */
export function bestSections<S extends { url: string; locations?: number[] }>(subResults: readonly S[], max = 3): S[] {
  return subResults
    .filter((s) => s.url.includes('#'))
    .map((s, index) => ({ s, index }))
    .sort((a, b) => (b.s.locations?.length ?? 0) - (a.s.locations?.length ?? 0) || a.index - b.index)
    .slice(0, max)
    .map(({ s }) => s);
}
