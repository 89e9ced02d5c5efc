import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../scripts/site-links.mjs';

const root = mkdtempSync(path.join(tmpdir(), 'site-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(urlPath: string, body: string) {
  const dir = path.join(root, urlPath);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><body>${body}</body></html>`);
}

page('/', '<a href="/da/">da</a>');
page(
  '/da/',
  [
    '<h2 id="intro">Intro</h2>',
    '<a href="#intro">same page</a>',
    '<a href="guide/#steps">relative, with a fragment</a>',
    '<a href="/da/guide">a folder without its slash (the host redirects)</a>',
    '<a href="/da/guide/?q=teams&amp;kind=tool">a query</a>',
    '<script type="module" src="/site.js"></script>',
    '<a href="https://example.org/x">another host</a>',
    '<a href="mailto:someone@example.org">mail</a>',
    '<a href="/da/missing/">no such page</a>',
    '<a href="/da/guide/#no-such-section">no such id</a>',
    '<img src="/images/none.png" alt="">',
  ].join(''),
);
page('/da/guide/', '<section id="steps">Steps</section><a name="old-anchor"></a><a href="/da/#intro">back</a>');
writeFileSync(path.join(root, 'site.js'), '');

describe('checkSiteLinks', async () => {
  const result = await checkSiteLinks({ root });

  it('finds each broken link, image and fragment, naming the page it is on', () => {
    expect(result.broken).toEqual([
      { url: '/da/missing/', from: '/da/', problem: 'no such page or file' },
      { url: '/da/guide/#no-such-section', from: '/da/', problem: 'no id "no-such-section" on it' },
      { url: '/images/none.png', from: '/da/', problem: 'no such page or file' },
    ]);
  });

  it('accepts what resolves, and follows no other host', () => {
    // 10 links on /da/ but 2 to another host or mail, + 1 on / + 1 on /da/guide/.
    expect(result.checked).toBe(10);
    expect(result.pages).toBe(3);
  });

  it('names internal links that leave a base path', async () => {
    const { outside } = await checkSiteLinks({ root, inside: '/da' });
    expect(outside.map((o) => `${o.from} → ${o.url}`)).toEqual(['/da/ → /site.js', '/da/ → /images/none.png']);
  });
});
