// Lighthouse (the npm package) on the same Chromium, one page per page type, in two settings:
// - mobile: Lighthouse's defaults (a mid-range phone's screen, simulated slow 4G and a 4× slower CPU),
//   the setting the goal "performance ≥ 90 on every page type" is measured in;
// - desktop: a desktop screen and no throttling at all, as on a hospital intranet.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const MOBILE_PERFORMANCE_GOAL = 90;

const SETTINGS = {
  mobile: { formFactor: 'mobile' },
  desktop: {
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
    throttlingMethod: 'provided',
  },
};

/** The mobile metrics behind a performance score, to tell what to fix (ms, CLS unitless). */
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
  cls: 'cumulative-layout-shift',
};

function scores(lhr) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

function metrics(lhr) {
  const value = (id) => lhr.audits[id].numericValue;
  return Object.fromEntries(
    Object.entries(METRICS).map(([key, id]) => [
      key,
      key === 'cls' ? Number(value(id).toFixed(3)) : Math.round(value(id)),
    ]),
  );
}

/** One row per page: `{ type, path, mobile: {scores…, metrics}, desktop: {scores…} }`. */
export async function runLighthouse(executablePath, flags, origin, pages) {
  const chrome = await launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...flags] });
  const rows = [];
  try {
    for (const { type, path } of pages) {
      const row = { type, path };
      for (const [name, settings] of Object.entries(SETTINGS)) {
        const { lhr } = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
          ...settings,
        });
        row[name] = name === 'mobile' ? { ...scores(lhr), metrics: metrics(lhr) } : scores(lhr);
      }
      rows.push(row);
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** The table `npm run bench` prints: the four scores per page type, mobile then desktop. */
export function printLighthouse(rows) {
  const cells = (s) => [s.performance, s.accessibility, s.bestPractices, s.seo].map((n) => String(n).padStart(4));
  console.log(
    '\nLighthouse, goal: mobile performance ≥ 90 on every page type; 100 for the rest.' +
      '\n  mobile = Lighthouse defaults (phone screen, simulated slow 4G, 4× CPU); desktop = no throttling (intranet)' +
      `\n  ${'page type'.padEnd(16)}  ${'mobile: perf a11y  b-p  seo'}  ${'desktop: perf a11y  b-p  seo'}  mobile FCP/LCP/TBT ms, CLS`,
  );
  for (const r of rows) {
    const m = r.mobile.metrics;
    console.log(
      `  ${r.type.padEnd(16)}  ${' '.repeat(7)}${cells(r.mobile).join(' ')}  ${' '.repeat(8)}${cells(r.desktop).join(' ')}  ${m.fcpMs}/${m.lcpMs}/${m.tbtMs}, ${m.cls}${r.mobile.performance < MOBILE_PERFORMANCE_GOAL ? '  ← below goal' : ''}`,
    );
  }
}
