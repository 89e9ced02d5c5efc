// Search cost once the index is loaded: bytes fetched for one query, and the time from the keystroke
// that completes the query to the results on screen. Median of several queries.
const QUERIES = ['databehandleraftale', 'optagelse', 'skærmdeling', 'Zoom', 'videokonsultation'];

/**
 * Runs in the page: `window.__resultsShown` resolves once the search is done and its status names
 * `query`. A MutationObserver rather than page.waitForFunction, which evaluates its predicate with
 * eval(): the site's Content-Security-Policy (no 'unsafe-eval') forbids that.
 */
function watchForResults(query) {
  const app = document.querySelector('[data-search-app]');
  const shown = () =>
    app?.getAttribute('data-search-state') === 'done' &&
    app.querySelector('[data-search-status]')?.textContent?.includes(query);
  window.__resultsShown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(app, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

export async function measureSearch(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/da/search/`);
  const input = page.locator('#search-input');
  const state = page.locator('[data-search-app]');
  // Warm up: loads pagefind.js, the WebAssembly and the index metadata once.
  await input.fill('teams');
  await state.and(page.locator('[data-search-state="done"]')).waitFor();
  const runs = [];
  for (const query of QUERIES) {
    await input.fill('');
    await state.and(page.locator('[data-search-state="idle"]')).waitFor();
    let bytes = 0;
    const onResponse = async (r) => {
      try {
        bytes += (await r.body()).length;
      } catch {
        /* redirects have no body */
      }
    };
    page.on('response', onResponse);
    await input.fill(query.slice(0, -1));
    await page.waitForTimeout(300);
    await page.evaluate(watchForResults, query);
    const started = performance.now();
    await input.press(query.at(-1));
    await page.evaluate(() => window.__resultsShown);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    page.off('response', onResponse);
    runs.push({ query, ms: Math.round(ms), bytes });
  }
  await context.close();
  const sorted = (key) => runs.map((r) => r[key]).sort((a, b) => a - b);
  const median = (key) => sorted(key)[Math.floor(runs.length / 2)];
  return { runs, medianMs: median('ms'), medianBytes: median('bytes'), maxBytes: Math.max(...sorted('bytes')) };
}
