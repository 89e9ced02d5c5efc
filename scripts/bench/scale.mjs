// Scale: the full build (content check, contentlayer, next, pagefind) with N synthetic guidelines
// added, in a scratch copy of the project (the real content is never touched). Measures wall time
// and the peak resident memory of the whole process tree, sampled from /proc every 250 ms.
import {
  closeSync,
  cpSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { tmpdir } from 'node:os';
import localeConfig from '../../lib/i18n/locales.json' with { type: 'json' };

const SKIP = new Set([
  '.build',
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

/**
 * A scratch copy of the project at `root`, outside the repository (Next would otherwise take the
 * repository's lockfile as the project root), without build output or history.
 */
export function scratchCopy(root, name) {
  const work = path.join(tmpdir(), name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const entry of readdirSync(root))
    if (!SKIP.has(entry)) cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  // Turbopack compiles nothing outside the project root, so node_modules must really be inside:
  // hard links are instant on the same filesystem; a plain copy otherwise.
  const linked = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(work, 'node_modules')]);
  if (linked.status !== 0)
    cpSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'), { recursive: true });
  return work;
}

/**
 * The phases running now, from the build log's `▶ name:` and `✓ name in` lines
 * (scripts/build/publish.mjs). Reads only what was appended since the last call.
 */
function phaseTracker(logFile) {
  let offset = 0;
  let rest = '';
  const decoder = new StringDecoder('utf8'); // a character split between two reads stays whole
  const running = new Set();
  return () => {
    let appended;
    try {
      const size = statSync(logFile).size;
      appended = Buffer.alloc(Math.max(0, size - offset));
      const fd = openSync(logFile, 'r');
      try {
        readSync(fd, appended, 0, appended.length, offset);
      } finally {
        closeSync(fd);
      }
      offset += appended.length;
    } catch {
      return running; // not written yet
    }
    const lines = (rest + decoder.write(appended)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const started = line.match(/^▶ ([\w-]+):/);
      const ended = line.match(/^✓ ([\w-]+) in /);
      if (started) running.add(started[1]);
      if (ended) running.delete(ended[1]);
    }
    return running;
  };
}

/**
 * Runs the whole production build in `work`, sampling the memory of its process tree every 250 ms.
 * Returns seconds, peak bytes, the peak while each phase ran (a group's phases share theirs) and the
 * build's own phase times; throws with the log's end on failure.
 */
export async function measuredBuild(work) {
  const started = performance.now();
  // Through bash with plain redirections: spawned straight from Node, contentlayer2 build (0.5.8)
  // spins forever in this nested setup; from a shell it does not.
  const child = spawn('bash', ['-c', 'node scripts/build.mjs < /dev/null > build.log 2>&1'], {
    cwd: work,
    stdio: 'ignore',
  });
  let peak = 0;
  const peakByPhase = {};
  const runningPhases = phaseTracker(path.join(work, 'build.log'));
  const sampler = setInterval(() => {
    const rss = treeRss(child.pid);
    peak = Math.max(peak, rss);
    for (const phase of runningPhases()) peakByPhase[phase] = Math.max(peakByPhase[phase] ?? 0, rss);
  }, 250);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0)
    throw new Error(`build failed (exit ${code}): ${readFileSync(path.join(work, 'build.log'), 'utf8').slice(-3000)}`);
  const phases = JSON.parse(readFileSync(path.join(work, 'bench-results', 'build-phases.json'), 'utf8'));
  return { seconds, peakBytes: peak, peakByPhase, phases };
}

export async function measureScale(root, documents) {
  const work = scratchCopy(root, 'video-guide-scale');
  const { locales } = localeConfig;
  const slugs = Math.ceil(documents / locales.length);
  for (let i = 0; i < slugs; i++)
    for (const locale of locales) {
      const dir = path.join(work, 'content', 'guidelines', locale, 'region-halland');
      writeFileSync(path.join(dir, `synthetic-${i}.mdx`), synthetic(i, locale));
    }
  try {
    const { seconds, peakBytes, phases } = await measuredBuild(work);
    return { documents: slugs * locales.length, seconds: Math.round(seconds), peakBytes, phases };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
