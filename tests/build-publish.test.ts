import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAndPublish } from '../scripts/build/publish.mjs';

// Phases are real processes, as in the build: node writing into the staging folder, or failing.
let dir: string;
let out: string;
let staging: string;
const node = (name: string, code: string): [string, string, string[]] => [name, process.execPath, ['-e', code]];
const writePage = (text: string) =>
  node(
    'next',
    `require('fs').mkdirSync(${JSON.stringify(staging)},{recursive:true});require('fs').writeFileSync(${JSON.stringify(join(staging, 'index.html'))},${JSON.stringify(text)})`,
  );
const quiet = () => {};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'publish-'));
  out = join(dir, 'out');
  staging = join(dir, '.build', 'site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('building into a fresh folder, then publishing', async () => {
  it('replaces out/ when every phase passes', async () => {
    const result = await buildAndPublish({
      phases: [writePage('new'), node('pagefind', '')],
      out,
      staging,
      log: quiet,
    });
    expect(result.ok).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
  });

  it('leaves out/ untouched when a phase after the export fails, and says so', async () => {
    const result = await buildAndPublish({
      phases: [writePage('half'), node('pagefind', 'process.exit(3)'), node('check-links', '')],
      out,
      staging,
      log: quiet,
    });
    expect(result).toEqual({
      ok: false,
      failed: 'pagefind',
      message: `✗ pagefind failed (exit 3); ${out}/ still holds the previous build, untouched.`,
    });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous');
  });

  it('says when there was no previous build to keep', async () => {
    rmSync(out, { recursive: true });
    const result = await buildAndPublish({
      phases: [node('check-content', 'process.exit(1)')],
      out,
      staging,
      log: quiet,
    });
    expect(result).toMatchObject({ ok: false, message: `✗ check-content failed (exit 1); there is no ${out}/ yet.` });
    expect(existsSync(out)).toBe(false);
  });

  it('starts from an empty staging folder: nothing of an earlier failed build is published', async () => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'stale.html'), 'from a failed build');
    await buildAndPublish({ phases: [writePage('new')], out, staging, log: quiet });
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
  });

  it('runs a group of phases side by side, and reports the first of them that fails', async () => {
    const marker = join(dir, 'both');
    const result = await buildAndPublish({
      phases: [
        [
          // Each waits for the other to start and fails if it never does: only side by side do both pass.
          node(
            'check-content',
            `require('fs').appendFileSync(${JSON.stringify(marker)},'a');const t=Date.now();while(require('fs').readFileSync(${JSON.stringify(marker)},'utf8').length<2&&Date.now()-t<60000);process.exit(require('fs').readFileSync(${JSON.stringify(marker)},'utf8').length<2?1:0)`,
          ),
          node(
            'contentlayer',
            `require('fs').appendFileSync(${JSON.stringify(marker)},'b');const t=Date.now();while(require('fs').readFileSync(${JSON.stringify(marker)},'utf8').length<2&&Date.now()-t<60000);process.exit(require('fs').readFileSync(${JSON.stringify(marker)},'utf8').length<2?1:0)`,
          ),
        ],
        writePage('new'),
      ],
      out,
      staging,
      log: quiet,
    });
    expect(result).toMatchObject({ ok: true });
    expect(Object.keys(result.ok ? result.times : {})).toEqual(
      expect.arrayContaining(['check-content', 'contentlayer', 'next']),
    );
    const failing = await buildAndPublish({
      phases: [
        [node('check-content', ''), node('history', 'process.exit(2)'), node('contentlayer', 'process.exit(4)')],
        writePage('never'),
      ],
      out,
      staging,
      log: quiet,
    });
    expect(failing).toMatchObject({ ok: false, failed: 'history' });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
  });
});
