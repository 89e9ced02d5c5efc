#!/usr/bin/env node
// `npm run bench [-- --no-build --no-lighthouse --no-scale]`: the static build measured, one page per page type.
//
// 1. Builds (unless --no-build) and prints the build phases from bench-results/build-phases.json.
// 2. Serves out/ with scripts/serve.mjs (as a real host: gzip, the security headers) in its own
//    process on a free local port, and loads each page below in Chromium (playwright-core, a fresh
//    context per page, until the network is idle).
// 3. Prints, per page: JavaScript requests, JS bytes (raw and gzip), HTML bytes (raw and gzip),
//    CSS gzip. "gzip" = the response body as received, compressed here with Node's zlib at its
//    default level (6), so the figures do not depend on how the server compresses.
// 4. Budgets (exit 1 when one is broken): JS gzip ≤ 145 KiB on content pages and ≤ 165 KiB on wizard
//    and search pages; HTML gzip ≤ 25 KiB on every guideline page; CSS gzip ≤ 20 KiB.
// 5. Search: bytes per query and keystroke-to-results time once the index is loaded (goal ≤ 150 kB, ≤ 100 ms);
//    relevance of staff questions (scripts/bench/relevance.mjs: MRR@5 ≥ 0.9, no query without a result).
// 6. Lighthouse on one page per type, mobile (Lighthouse's default throttling; goal: performance ≥ 90)
//    and desktop (--no-lighthouse to skip), and the scale build with 1,000 synthetic guidelines
//    (--no-scale to skip; goal ≤ 3 min and ≤ 3 GB).
// Results: bench-results/bench.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { measureSearch } from './bench/search.mjs';
import { measureRelevance, printRelevance } from './bench/relevance.mjs';
import { printLighthouse, runLighthouse } from './bench/lighthouse.mjs';
import { measureScale } from './bench/scale.mjs';
import { freePort, waitForServer } from './site-server.mjs';
import localeConfig from '../lib/i18n/locales.json' with { type: 'json' };

/** HTML gzip of every guideline page in out/, largest first. */
function guidelineHtmlSizes() {
  const base = path.join(root, 'out');
  return localeConfig.locales
    .flatMap((locale) => {
      const dir = path.join(base, locale, 'guidelines');
      return readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((org) =>
          readdirSync(path.join(dir, org.name), { withFileTypes: true })
            // The organisation's own index page keeps its files beside the guideline folders.
            .filter((d) => d.isDirectory())
            .map((d) => `/${locale}/guidelines/${org.name}/${d.name}/`),
        );
    })
    .map((p) => ({ path: p, gzip: gzipLength(readFileSync(path.join(base, p, 'index.html'))) }))
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * JavaScript (gzip) allowed per page: every page but search ships only public/site.js (no React
 * runtime, scripts/strip-runtime.mjs); the search page adds public/search.js and Pagefind.
 */
export const JS_GZIP_BUDGET = 5 * 1024;
// The search page measured 32.9 kB (site.js, search.js, pagefind.js and its worker): a margin for growth.
export const JS_GZIP_BUDGET_SEARCH = 45 * 1024;
export const HTML_GZIP_BUDGET_GUIDELINE = 25 * 1024;
export const CSS_GZIP_BUDGET = 20 * 1024;
export const SEARCH_BYTES_GOAL = 150 * 1024;
export const SEARCH_MS_GOAL = 100;
export const SCALE_GOAL = { documents: 1000, seconds: 180, bytes: 3 * 1024 ** 3 };

/** One page per page type. Add a row when a new page type appears. */
export const PAGES = [
  { type: 'home', path: '/da/' },
  { type: 'guideline', path: '/da/guidelines/danish-municipalities/screen-visits-technical-setup/' },
  { type: 'guideline index', path: '/da/guidelines/' },
  { type: 'organisation', path: '/da/organisations/region-hovedstaden/' },
  { type: 'glossary', path: '/da/glossary/' },
  { type: 'tools matrix', path: '/da/tools/' },
  { type: 'tool', path: '/da/tools/teams/' },
  { type: 'wizard question', path: '/da/wizard/region-hovedstaden/consultation/' },
  { type: 'wizard outcome', path: '/da/wizard/region-hovedstaden/consultation/sensitive/?needs=chat' },
  { type: 'search', path: '/da/search/?q=teams', budget: JS_GZIP_BUDGET_SEARCH },
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'bench-results');
const args = process.argv.slice(2);
const kB = (bytes) => (bytes / 1024).toFixed(1);
const gzipLength = (buffer) => gzipSync(buffer).length; // zlib default level (6)

function printBuildPhases(fromThisRun) {
  const file = path.join(resultsDir, 'build-phases.json');
  if (!existsSync(file)) {
    console.log('Build phases: none recorded (bench-results/build-phases.json is written by `npm run build`).');
    return undefined;
  }
  const phases = JSON.parse(readFileSync(file, 'utf8'));
  const total = Object.values(phases).reduce((a, b) => a + b, 0);
  console.log(`\nBuild phases${fromThisRun ? '' : ' (from the last `npm run build`; --no-build)'}:`);
  for (const [name, ms] of Object.entries(phases)) console.log(`  ${name.padEnd(15)} ${String(ms).padStart(7)} ms`);
  console.log(`  ${'total'.padEnd(15)} ${String(total).padStart(7)} ms`);
  return phases;
}

/** scripts/serve.mjs in a process of its own, as a real host is; resolves once it answers. */
async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${origin}/`, { child });
  } catch (error) {
    child.kill();
    throw error;
  }
  return { child, origin };
}

async function measure(browser, origin, { type, path: pagePath, budget = JS_GZIP_BUDGET }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending = [];
  const js = [];
  const css = [];
  page.on('response', (response) => {
    const kind = response.request().resourceType();
    const contentType = response.headers()['content-type'] ?? '';
    const isJs = kind === 'script' || /javascript|ecmascript/.test(contentType);
    const isCss = kind === 'stylesheet' || contentType.includes('text/css');
    if (!isJs && !isCss) return;
    pending.push(
      response
        .body()
        .then((body) => (isJs ? js : css).push({ url: response.url(), raw: body.length, gzip: gzipLength(body) }))
        .catch(() => (isJs ? js : css).push({ url: response.url(), raw: 0, gzip: 0, error: 'no body' })),
    );
  });
  const document = await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
  if (!document || document.status() !== 200)
    throw new Error(`${pagePath} answered ${document?.status() ?? 'nothing'}`);
  const html = await document.body();
  await Promise.all(pending);
  await context.close();
  const sum = (list, key) => list.reduce((a, r) => a + r[key], 0);
  const jsGzip = sum(js, 'gzip');
  return {
    type,
    path: pagePath,
    jsRequests: js.length,
    jsRawBytes: sum(js, 'raw'),
    jsGzipBytes: jsGzip,
    htmlRawBytes: html.length,
    htmlGzipBytes: gzipLength(html),
    cssRequests: css.length,
    cssGzipBytes: sum(css, 'gzip'),
    budgetBytes: budget,
    pass: jsGzip <= budget && sum(css, 'gzip') <= CSS_GZIP_BUDGET,
    scripts: js.map(({ url, raw, gzip }) => ({ url: new URL(url).pathname, raw, gzip })),
  };
}

function printTable(rows) {
  const header = [
    'page type',
    'JS req',
    'JS raw kB',
    'JS gzip kB',
    'HTML raw kB',
    'HTML gzip kB',
    'CSS gzip kB',
    'budget',
  ];
  const lines = rows.map((r) => [
    r.type,
    String(r.jsRequests),
    kB(r.jsRawBytes),
    kB(r.jsGzipBytes),
    kB(r.htmlRawBytes),
    kB(r.htmlGzipBytes),
    kB(r.cssGzipBytes),
    `${r.pass ? 'PASS' : 'FAIL'} (JS ≤ ${kB(r.budgetBytes)}, CSS ≤ ${kB(CSS_GZIP_BUDGET)})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const line of lines) console.log(format(line));
  console.log('\nkB = 1024 bytes. gzip = response bodies compressed with Node zlib, default level (6).');
}

async function main() {
  const build = !args.includes('--no-build');
  if (build) {
    console.log('Building (npm run build)…');
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  } else if (!existsSync(path.join(root, 'out', 'index.html'))) {
    throw new Error('out/ has no build: run without --no-build, or `npm run build` first.');
  }
  const buildPhases = printBuildPhases(build);

  const executablePath = await findBrowser();
  const { chromium } = await import('playwright-core');
  const { child: server, origin } = await startServer();
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const rows = [];
    for (const page of PAGES) rows.push(await measure(browser, origin, page));
    printTable(rows);
    const guidelines = guidelineHtmlSizes();
    const largest = guidelines[0];
    console.log(
      `\nGuideline pages: ${guidelines.length}; largest HTML ${largest.path} ${kB(largest.gzip)} kB gzip (budget ${kB(HTML_GZIP_BUDGET_GUIDELINE)}) ${largest.gzip <= HTML_GZIP_BUDGET_GUIDELINE ? 'PASS' : 'FAIL'}`,
    );
    const search = await measureSearch(browser, origin);
    console.log(
      `\nSearch once the index is loaded (median of ${search.runs.length} queries): ${kB(search.medianBytes)} kB transferred (max ${kB(search.maxBytes)}; goal ≤ ${kB(SEARCH_BYTES_GOAL)}), ${search.medianMs} ms keystroke → results (goal ≤ ${SEARCH_MS_GOAL})`,
    );
    for (const r of search.runs)
      console.log(`  ${r.query.padEnd(22)} ${kB(r.bytes).padStart(6)} kB ${String(r.ms).padStart(5)} ms`);
    const relevance = await measureRelevance(browser, origin);
    printRelevance(relevance);
    let lighthouseRows = null;
    if (!args.includes('--no-lighthouse')) {
      lighthouseRows = await runLighthouse(executablePath, CHROMIUM_ARGS, origin, PAGES);
      printLighthouse(lighthouseRows);
    }
    let scale = null;
    if (!args.includes('--no-scale')) {
      console.log(`\nScale: building with ${SCALE_GOAL.documents} synthetic guidelines…`);
      scale = await measureScale(root, SCALE_GOAL.documents);
      console.log(
        `  ${scale.documents} documents: ${scale.seconds} s (goal ≤ ${SCALE_GOAL.seconds}), peak memory ${(scale.peakBytes / 1024 ** 3).toFixed(2)} GB (goal ≤ 3), phases ${JSON.stringify(scale.phases)}`,
      );
    }
    mkdirSync(resultsDir, { recursive: true });
    const report = {
      date: new Date().toISOString(),
      browser: `${executablePath} ${browser.version()}`,
      gzip: 'response bodies compressed with Node zlib, default level (6)',
      buildPhases: buildPhases ?? null,
      builtInThisRun: build,
      pages: rows,
      guidelineHtml: guidelines,
      search,
      relevance,
      lighthouse: lighthouseRows,
      scale,
    };
    writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('Written: bench-results/bench.json');
    const broken = [
      ...rows.filter((r) => !r.pass).map((r) => `${r.type}: JS ${kB(r.jsGzipBytes)} kB, CSS ${kB(r.cssGzipBytes)} kB`),
      ...guidelines.filter((g) => g.gzip > HTML_GZIP_BUDGET_GUIDELINE).map((g) => `HTML ${g.path}: ${kB(g.gzip)} kB`),
      ...(scale && (scale.seconds > SCALE_GOAL.seconds || scale.peakBytes > SCALE_GOAL.bytes)
        ? [`scale: ${scale.seconds} s, ${(scale.peakBytes / 1024 ** 3).toFixed(2)} GB`]
        : []),
    ];
    if (broken.length > 0) {
      console.error(`\nBudgets broken:\n  ${broken.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
