/**
 * Pagefind's options, the same for the search page (components/search/pagefind.ts) and the
 * relevance bench. `ranking`: https://pagefind.app/docs/ranking/ — measured with the bench
 * (docs/search.md has the figures).
 */
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    // Less bias towards short pages (default 0.75): short tool pages outranked the guidelines that answer.
    pageLength: 0.2,
    // A page that comes back to a word again and again is about it (default 1.4): the guideline
    // section on recording before a page that says "recording" once.
    termSaturation: 2,
    // A word in the page title adds less (default 5): a tool page is titled by the tool's name alone,
    // so any question naming the tool put that page first; the tool card already shows it.
    metaWeights: { title: 1 },
  },
};
