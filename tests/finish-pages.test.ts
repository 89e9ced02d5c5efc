import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finishPage, finishSite } from '../scripts/finish-pages.mjs';
import { scriptHash } from '../scripts/csp-meta.mjs';

// Shaped like `next build`'s output: a chunk, the inline payload, and (sometimes) the site's own script.
const nextPage = (body: string) =>
  `<!DOCTYPE html><html lang="da"><head><meta charSet="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<script src="/_next/static/chunks/c.js" async=""></script><title>Side</title></head><body>${body}` +
  `<script>self.__next_f.push([1,"payload"])</script></body></html>`;
const own = `location.replace("/da/")`;
const ownScript = `<script data-site-script="">${own}</script>`;
const scriptSrc = (html: string) =>
  html.match(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src ([^;"]*)/)?.[1]?.split(' ');

function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'finish-pages-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

describe('finishing the exported pages (runtime out, policy in)', () => {
  it("hashes only the scripts left after Next's are gone", () => {
    const html = finishPage(nextPage(`<main>x</main>${ownScript}`));
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('chunks/c.js');
    expect(scriptSrc(html)).toEqual(["'self'", `'${scriptHash(own)}'`]);
    expect(scriptHash('self.__next_f.push([1,"payload"])')).not.toBe(scriptHash(own));
  });

  it('finishes every page of a folder, not Next assets, and counts what it did', async () => {
    const root = nextPage(ownScript);
    const dir = site({
      'index.html': root,
      'da/index.html': nextPage('<main>x</main>'),
      '_next/x.html': '<p>asset</p>',
    });
    const counts = await finishSite(dir);
    expect(counts).toMatchObject({ pages: 2, withInlineScripts: 1, hashes: 1 });
    expect(counts.bytesBefore).toBe(root.length + nextPage('<main>x</main>').length);
    expect(counts.bytesAfter).toBe(
      readFileSync(join(dir, 'index.html')).length + readFileSync(join(dir, 'da', 'index.html')).length,
    );
    const da = readFileSync(join(dir, 'da', 'index.html'), 'utf8');
    expect(da).not.toContain('__next_f');
    expect(scriptSrc(da)).toEqual(["'self'"]);
    expect(readFileSync(join(dir, '_next', 'x.html'), 'utf8')).toBe('<p>asset</p>');
  });

  it('shares a large site out among threads and still fails on the one bad page, naming it', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`p${i}/index.html`, nextPage(`<main>${i}</main>`)]),
    );
    expect(await finishSite(site(pages))).toMatchObject({ pages: 60, withInlineScripts: 0 });
    const badStyle = site({ ...pages, 'p41/index.html': nextPage('<main style="color:red">x</main>') });
    await expect(finishSite(badStyle)).rejects.toThrow(/^p41\/index\.html › inline style/);
    const runtimeLeft = site({ ...pages, 'p17/index.html': nextPage('<a href="/_next/static/chunks/d.js">d</a>') });
    await expect(finishSite(runtimeLeft)).rejects.toThrow(/^p17\/index\.html › scripts:/);
  });
});
