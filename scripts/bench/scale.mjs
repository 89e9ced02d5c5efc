// Scale: the full build (content check, contentlayer, next, pagefind) with N synthetic guidelines
// added, in a scratch copy of the project (the real content is never touched). Measures wall time
// and the peak resident memory of the whole process tree, sampled from /proc every 250 ms.
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';

const SKIP = new Set([
  'node_modules',
  'out',
  '.next',
  '.contentlayer',
  'tmp',
  'test-results',
  'playwright-report',
  'bench-results',
  '.git',
]);

function synthetic(i, locale) {
  const words = [
    'videomøde',
    'skærmdeling',
    'optagelse',
    'databehandleraftale',
    'kryptering',
    'chat',
    'headset',
    'patientdata',
    'sikkerhed',
    'borger',
  ];
  const para = (n) => Array.from({ length: 60 }, (_, k) => words[(i * 7 + n * 3 + k) % words.length]).join(' ') + '.';
  const sections = Array.from(
    { length: 6 },
    (_, s) => `<H2 id="section-${s}">Afsnit ${s + 1}</H2>\n\n${para(s)}\n\n${para(s + 1)}\n`,
  ).join('\n');
  return `---
title: "Syntetisk retningslinje ${i}"
summary: "En genereret side til måling af byggetid."
organisation: region-halland
locale: ${locale}
slug: synthetic-${i}
issuer: "Benchmark"
owner: "Benchmark"
source: 002_fd0e465d911790ea.txt
originalLanguage: sv
version: "1"
lastReviewed: 2025-01-01
nextReview: 2026-01-01
${locale === 'sv' ? '' : 'translationOf: sv\n'}audience: "Ingen"
---

${sections}`;
}

/** Sum of RSS (bytes) of `pid` and all its descendants. */
function treeRss(pid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      /* the process ended meanwhile */
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export async function measureScale(root, documents) {
  const work = path.join(root, 'tmp', 'scale');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of readdirSync(root))
    if (!SKIP.has(entry)) cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  const locales = ['da', 'sv', 'nb'];
  const slugs = Math.ceil(documents / locales.length);
  for (let i = 0; i < slugs; i++)
    for (const locale of locales) {
      const dir = path.join(work, 'content', 'guidelines', locale, 'region-halland');
      writeFileSync(path.join(dir, `synthetic-${i}.mdx`), synthetic(i, locale));
    }
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 250);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const phases =
    code === 0 ? JSON.parse(readFileSync(path.join(work, 'bench-results', 'build-phases.json'), 'utf8')) : null;
  rmSync(work, { recursive: true, force: true });
  if (code !== 0) throw new Error(`scale build failed (exit ${code}): ${stderr.slice(-2000)}`);
  return { documents: slugs * locales.length, seconds: Math.round(seconds), peakBytes: peak, phases };
}
