// Search cost once the index is loaded: bytes fetched for one query, and the time from the keystroke
// that completes the query to the results on screen. Median of several queries.
const QUERIES = ['databehandleraftale', 'optagelse', 'skærmdeling', 'Zoom', 'videokonsultation'];

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
    const started = performance.now();
    await input.press(query.at(-1));
    await page.waitForFunction(
      (q) =>
        document.querySelector('[data-search-app]')?.getAttribute('data-search-state') === 'done' &&
        document.querySelector('[data-search-status]')?.textContent?.includes(q),
      query,
    );
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
