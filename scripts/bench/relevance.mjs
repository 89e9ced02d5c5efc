#!/usr/bin/env node
// Relevance of the search: the questions in relevance-queries.json (as staff ask them, each with the
// page and section that answers it) run through the SAME pipeline as the search page — readQuery
// and rankPages from lib/search, over the built site's own Pagefind in Chromium — and scored:
// MRR@5 (1/rank of the first answering page within the first five pages, else 0), the top-1 rate,
// the number of queries with no result, and how often an answering section is among the (up to
// three) sections shown under the page. Per language and overall.
//
// `node scripts/bench/relevance.mjs [--baseline] [--verbose]` after `npm run build`; `npm run bench`
// calls measureRelevance. --baseline ranks as the site did before the query pipeline: the query
// as written, straight to Pagefind.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { queries } = JSON.parse(readFileSync(path.join(here, 'relevance-queries.json'), 'utf8'));
export const RELEVANCE_GOAL = { mrr: 0.9, noResult: 0 };

const lib = (file) => tsImport(pathToFileURL(path.join(root, 'lib/search', file)).href, import.meta.url);

/** Pagefind as the search page loads it, in a page of `locale` (Pagefind picks the index by <html lang>). */
async function pagefindIn(browser, origin, locale) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${locale}/search/`);
  const { pagefindOptions } = await lib('pagefind-options.ts');
  const options = pagefindOptions;
  await page.evaluate(async (o) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ...o, baseUrl: '/' });
    await pf.init();
    window.__relevance = { pf, hits: new Map() };
  }, options);
  /** A RunSearch (lib/search/rank.ts) whose hits live in the page; data() fetches only what is scored. */
  const run = async (term) => {
    const hits = await page.evaluate(async (t) => {
      const { pf, hits: kept } = window.__relevance;
      const found = await pf.search(t);
      return found.results.map((r) => (kept.set(r.id, r), { id: r.id, score: r.score }));
    }, term);
    return hits.map((h) => ({
      ...h,
      data: () =>
        page.evaluate(async (id) => {
          const d = await window.__relevance.hits.get(id).data();
          return { url: d.url, sub_results: d.sub_results.map(({ url, locations }) => ({ url, locations })) };
        }, h.id),
    }));
  };
  return { run, close: () => context.close() };
}

const pagePath = (url) => new URL(url, 'http://x').pathname;

function score(rows) {
  const n = rows.length;
  const sum = (f) => rows.reduce((a, r) => a + f(r), 0);
  return {
    queries: n,
    mrr5: sum((r) => (r.rank && r.rank <= 5 ? 1 / r.rank : 0)) / n,
    top1: sum((r) => (r.rank === 1 ? 1 : 0)) / n,
    noResult: sum((r) => (r.results === 0 ? 1 : 0)),
    sectionShown: sum((r) => (r.sectionShown ? 1 : 0)),
    sectionAsked: sum((r) => (r.sectionAsked ? 1 : 0)),
  };
}

export async function measureRelevance(browser, origin, { baseline = false } = {}) {
  const { readQuery } = await lib('query.ts');
  const { rankPages, bestSections } = await lib('rank.ts');
  const rows = [];
  for (const [locale, list] of Object.entries(queries)) {
    const pf = await pagefindIn(browser, origin, locale);
    try {
      for (const { q, answers } of list) {
        const pages = baseline
          ? (await pf.run(q)).map((hit) => ({ hit }))
          : (await rankPages(pf.run, readQuery(q, locale))).pages;
        const top = await Promise.all(pages.slice(0, 5).map((p) => p.hit.data()));
        const index = top.findIndex((d) => answers.some((a) => pagePath(a) === pagePath(d.url)));
        const sectionsAsked = answers.filter((a) => a.includes('#')).map((a) => `#${a.split('#')[1]}`);
        const shown = index < 0 ? [] : bestSections(top[index].sub_results).map((s) => `#${s.url.split('#')[1]}`);
        rows.push({
          locale,
          q,
          results: pages.length,
          rank: index < 0 ? null : index + 1,
          top: top.map((d) => pagePath(d.url).replace(/^\/\w\w\//, '')),
          sectionAsked: sectionsAsked.length > 0,
          sectionShown: sectionsAsked.some((s) => shown.includes(s)),
        });
      }
    } finally {
      await pf.close();
    }
  }
  const byLocale = Object.fromEntries(Object.keys(queries).map((l) => [l, score(rows.filter((r) => r.locale === l))]));
  return { baseline, byLocale, overall: score(rows), rows };
}

export function printRelevance({ baseline, byLocale, overall, rows }, { verbose = false } = {}) {
  const f = (x) => x.toFixed(2);
  console.log(`\nSearch relevance${baseline ? ' (baseline: the query as written, straight to Pagefind)' : ''}:`);
  console.log('  lang  queries  MRR@5  top-1  no result  answering section shown');
  for (const [name, s] of [...Object.entries(byLocale), ['all', overall]])
    console.log(
      `  ${name.padEnd(4)}  ${String(s.queries).padStart(7)}  ${f(s.mrr5)}   ${f(s.top1)}  ${String(s.noResult).padStart(9)}  ${s.sectionShown}/${s.sectionAsked}`,
    );
  console.log(`  goal: MRR@5 ≥ ${RELEVANCE_GOAL.mrr}, no query without a result`);
  for (const r of rows)
    if (verbose || r.rank !== 1)
      console.log(`  ${r.locale} ${r.rank ?? '–'} (${r.results}) "${r.q}": ${r.top.slice(0, 3).join(' | ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { serveSite } = await import('../site-server.mjs');
  const { CHROMIUM_ARGS, findBrowser } = await import('../find-browser.mjs');
  const { chromium } = await import('playwright-core');
  const args = process.argv.slice(2);
  const site = await serveSite({ root: path.join(root, 'out') });
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
  try {
    const result = await measureRelevance(browser, site.origin, { baseline: args.includes('--baseline') });
    printRelevance(result, { verbose: args.includes('--verbose') });
    if (result.overall.mrr5 < RELEVANCE_GOAL.mrr || result.overall.noResult > RELEVANCE_GOAL.noResult)
      process.exitCode = 1;
  } finally {
    await browser.close();
    await site.close();
  }
}
