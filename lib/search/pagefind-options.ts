/**
 * Pagefind's options, the same for the search page (components/search/pagefind.ts) and the
 * relevance bench. `ranking`: https://pagefind.app/docs/ranking/ — measured with the bench.
 */
export const pagefindOptions = {
  excerptLength: 24,
  // Less bias towards short pages (default 0.75): short tool pages outranked the guidelines that
  // answer (relevance bench: MRR@5 0.76 → 0.79).
  ranking: { pageLength: 0.2 },
};
