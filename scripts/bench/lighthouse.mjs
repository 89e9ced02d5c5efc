// Lighthouse (the npm package) on the same Chromium, desktop settings, one page per page type.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export async function runLighthouse(executablePath, flags, origin, pages) {
  const chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...flags] });
  const rows = [];
  try {
    for (const { type, path } of pages) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'provided',
      });
      const c = result.lhr.categories;
      rows.push({
        type,
        path,
        performance: Math.round(c.performance.score * 100),
        accessibility: Math.round(c.accessibility.score * 100),
        bestPractices: Math.round(c['best-practices'].score * 100),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
