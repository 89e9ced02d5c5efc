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

describe('building into a fresh folder, then publishing', () => {
  it('replaces out/ when every phase passes', () => {
    const result = buildAndPublish({ phases: [writePage('new'), node('pagefind', '')], out, staging, log: quiet });
    expect(result.ok).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
  });

  it('leaves out/ untouched when a phase after the export fails, and says so', () => {
    const result = buildAndPublish({
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

  it('says when there was no previous build to keep', () => {
    rmSync(out, { recursive: true });
    const result = buildAndPublish({ phases: [node('check-content', 'process.exit(1)')], out, staging, log: quiet });
    expect(result).toMatchObject({ ok: false, message: `✗ check-content failed (exit 1); there is no ${out}/ yet.` });
    expect(existsSync(out)).toBe(false);
  });

  it('starts from an empty staging folder: nothing of an earlier failed build is published', () => {
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'stale.html'), 'from a failed build');
    buildAndPublish({ phases: [writePage('new')], out, staging, log: quiet });
    expect(existsSync(join(out, 'stale.html'))).toBe(false);
  });
});
