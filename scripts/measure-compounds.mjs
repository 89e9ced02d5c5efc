// Measures what indexing compound-word parts buys (docs/search.md): the same queries against the
// built index with and without the hidden parts (lib/search/decompound.ts). Run after `npm run build`.
import { cpSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from './find-browser.mjs';
import { serveSite } from './site-server.mjs';

const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
  );

const QUERIES = [
  ['da', 'konsultation', 'videokonsultation'],
  ['da', 'møde', 'videomøde, mødeform …'],
  ['da', 'aftale', 'databehandleraftale'],
  ['sv', 'möte', 'distansmöte, videomöte'],
  ['sv', 'avtal', 'personuppgiftsbiträdesavtal'],
  ['sv', 'inspelning', 'inspelningsfunktion'],
  ['nb', 'telefoner', 'hodetelefoner'],
  ['nb', 'konsultasjon', 'videokonsultasjon'],
  ['nb', 'møte', 'videomøte, fagmøte'],
];

const plain = 'tmp/out-without-parts';
rmSync(plain, { recursive: true, force: true });
cpSync('out', plain, { recursive: true });
for (const file of htmlFiles(plain)) {
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, html.replace(/<p data-pagefind-weight="0.5">[^<]*<\/p>/g, ''));
}
rmSync(`${plain}/pagefind`, { recursive: true, force: true });
spawnSync('node_modules/.bin/pagefind', ['--site', plain, '--quiet'], { stdio: 'inherit' });

const withParts = await serveSite({ root: 'out' });
const withoutParts = await serveSite({ root: plain });
const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const count = async (site, locale, q) => {
  await page.goto(`${site.origin}/${locale}/search/`);
  return page.evaluate(
    async (query) => (await (await import('/pagefind/pagefind.js')).search(query)).results.length,
    q,
  );
};
console.log(
  '| locale | query | compounds it should find | pages without parts | pages with parts |\n|---|---|---|---|---|',
);
for (const [locale, q, note] of QUERIES)
  console.log(
    `| ${locale} | ${q} | ${note} | ${await count(withoutParts, locale, q)} | ${await count(withParts, locale, q)} |`,
  );
await browser.close();
await Promise.all([withParts.close(), withoutParts.close()]);
rmSync(plain, { recursive: true, force: true });
