// Old URLs kept as redirects: a build phase after next, before the CSP and the link check.
//
// The functions question had a page of its own, /{locale}/wizard/{org}/{purpose}/{data}/needs/, until
// it moved into the outcome page (lib/wizard/flow.ts). Intranets link to those pages, so each one
// stays, as a small static page that sends the reader to the form on the outcome (a meta refresh,
// which works without JavaScript and on any host) with a link for when it does not. They are written
// here rather than rendered by Next: one per outcome page, each in a fraction of a millisecond, where
// rendering them cost the build a fifth of its pages (docs/scale.md).
//
// `node scripts/legacy-pages.mjs [site]`
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import localeConfig from '../lib/i18n/locales.json' with { type: 'json' };

/** Where the question is now, relative to the old page: the form's id on the outcome page. */
export const NEEDS_TARGET = '../#needs-form';

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The redirect page: language, title and sentence from the locale's messages; the site's stylesheets. */
export function legacyNeedsPage({ locale, title, text, linkText, stylesheets = [] }) {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${escape(href)}"/>`).join('');
  return (
    `<!DOCTYPE html><html lang="${escape(locale)}"><head><meta charset="utf-8"/>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"/>` +
    `<title>${escape(title)}</title><meta name="robots" content="noindex"/>` +
    `<meta http-equiv="refresh" content="0; url=${NEEDS_TARGET}"/>${links}</head>` +
    `<body class="p-8"><main id="main"><h1 class="text-2xl font-bold">${escape(title)}</h1>` +
    `<p class="mt-4">${escape(text)} <a href="${NEEDS_TARGET}">${escape(linkText)}</a></p></main></body></html>\n`
  );
}

/** The stylesheets an outcome page links (the same for every page of the export). */
function stylesheetsOf(html) {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
}

const directories = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];

/** Writes `needs/index.html` beside every outcome page of `site`; returns how many. */
export function writeLegacyPages(site, locales = localeConfig.locales) {
  let written = 0;
  for (const locale of locales) {
    const messages = JSON.parse(readFileSync(`content/messages/${locale}.json`, 'utf8')).Wizard;
    let stylesheets;
    const wizard = path.join(site, locale, 'wizard');
    for (const org of directories(wizard))
      for (const purpose of directories(path.join(wizard, org)))
        for (const data of directories(path.join(wizard, org, purpose))) {
          const outcome = path.join(wizard, org, purpose, data, 'index.html');
          if (!existsSync(outcome)) continue;
          stylesheets ??= stylesheetsOf(readFileSync(outcome, 'utf8'));
          const dir = path.join(path.dirname(outcome), 'needs');
          mkdirSync(dir, { recursive: true });
          const page = legacyNeedsPage({
            locale,
            title: messages.qNeeds,
            text: messages.needsMoved,
            linkText: messages.needsMovedLink,
            stylesheets,
          });
          writeFileSync(path.join(dir, 'index.html'), page);
          written += 1;
        }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2] ?? 'out';
  const written = writeLegacyPages(site);
  if (written === 0) {
    console.error(`legacy-pages: no outcome pages under ${site}/{locale}/wizard/. Hint: run after next build.`);
    process.exit(1);
  }
  console.log(`legacy-pages: ${written} redirects from the functions question's old pages`);
}
