import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripRuntime } from '../scripts/strip-runtime.mjs';

// A page in the shape `next build` exports: async chunks, a low-priority preload, the nomodule
// polyfill, the inline React Server Components payload (with `<` escaped, as Next writes it).
const page = (body: string) => `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<title>Side</title></head><body>${body}
<script type="module" src="/site.js"></script>
<script src="/_next/static/chunks/polyfill.js" noModule=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"0:[\\"\\u003c/script\\u003e\\"]"])</script>
</body></html>`;

describe('removing Next runtime from exported pages', () => {
  it('keeps the content, the stylesheet and site.js, and nothing else that runs', () => {
    const html = stripRuntime(page('<main><h1>Retningslinjer</h1></main>'));
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/site.js">']);
    expect(html).toContain('<main><h1>Retningslinjer</h1></main>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain('__next_f');
  });

  it("keeps the site's own inline script (the root page's language choice)", () => {
    const own = '<script data-site-script="">location.replace("/sv/")</script>';
    const html = stripRuntime(page(own));
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      '<script data-site-script="">',
      '<script type="module" src="/site.js">',
    ]);
  });

  it("keeps the search page's own module script and strips Next's from it too", () => {
    const search =
      '<div data-search-app><form role="search"></form></div><script type="module" src="/video-guide/search.js"></script>';
    const html = stripRuntime(page(search));
    expect(html.match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module" src="/video-guide/search.js">',
      '<script type="module" src="/site.js">',
    ]);
    expect(html).not.toContain('/_next/static/chunks/c.js');
  });

  it('does not keep a script merely named like ours', () => {
    const html = stripRuntime(page('<script type="module" src="/_next/static/chunks/research.js"></script>'));
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/site.js">']);
  });

  it('fails with the file and a hint when part of the runtime is left (Next changed its output)', () => {
    const changed = page('<p>x</p>').replace(
      '<script src="/_next/static/chunks/c.js" async=""></script>',
      '<script src="/_next/static/chunks/c.js" async=""/>',
    );
    expect(() => stripRuntime(changed, 'da/index.html')).toThrowErrorMatchingInlineSnapshot(
      `[Error: da/index.html › scripts: "/_next/static/chunks/" is still in the page after removing Next's runtime. Hint: Next's HTML output changed; update the patterns in scripts/strip-runtime.mjs.]`,
    );
  });
  it('leaves an element it cannot close, and reports it', () => {
    expect(() => stripRuntime(page('<p>x</p>') + '<script>self.__next_f.push([2])', 'sv/index.html')).toThrow(
      /^sv\/index\.html › scripts: "self\.__next_f" is still in the page/,
    );
  });

  it("reports Next's chunks folder anywhere but in the stylesheet link", () => {
    expect(() => stripRuntime(page('<a href="/_next/static/chunks/d.js">d</a>'))).toThrow(
      /"\/_next\/static\/chunks\/" is still in the page/,
    );
  });

  it('removes only script elements, not elements whose name starts with script', () => {
    // A stray end tag right after, so that only the name can tell the element apart from a script.
    const html = stripRuntime(page('<scripted-note>keep</scripted-note></script>'));
    expect(html).toContain('<scripted-note>keep</scripted-note>');
  });
});

describe('client components', () => {
  // No page runs React in the browser: a client component must render its final HTML at build time
  // and do nothing after (no state, effects or handlers); behaviour belongs in public/site.js (or the
  // search page's components/search/search.ts).
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );
  const behaviour = /\buse(Effect|LayoutEffect|State|Reducer|Ref|SyncExternalStore)\b|\son[A-Z]\w*=\{/;

  it('render only: no state, effects or event handlers', () => {
    const clientFiles = [...files('components'), ...files('app')].filter((f) =>
      /^['"]use client['"]/m.test(readFileSync(f, 'utf8')),
    );
    expect(clientFiles.length).toBeGreaterThan(0);
    const withBehaviour = clientFiles.filter((f) => behaviour.test(readFileSync(f, 'utf8')));
    expect(withBehaviour).toEqual([]);
  });
});
