import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  missingPrefixes,
  pagePaths,
  pagesNamingSeedFiles,
  prefixesOf,
  searchablePagesUnread,
} from '../scripts/site-walk.mjs';
import { inSearchedSection, pagefindGlob } from '../scripts/build/searched-sections.mjs';

describe('the prefix walk over a built site', () => {
  it('lists every shorter path of a URL', () => {
    expect(prefixesOf('/da/guidelines/region-halland/routine/')).toEqual([
      '/',
      '/da/',
      '/da/guidelines/',
      '/da/guidelines/region-halland/',
    ]);
    expect(prefixesOf('/')).toEqual([]);
  });

  it('finds the pages of out/ and the prefixes that are no page, and pages that name a seed file', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    try {
      const page = (p: string, html = '<p>ok</p>') => {
        mkdirSync(join(out, p), { recursive: true });
        writeFileSync(join(out, p, 'index.html'), html);
      };
      page('');
      page('da');
      page('da/guidelines');
      page('da/guidelines/kl/legal', '<p>Kilde: 004_c9e5c9ec18687ee7.txt</p>');
      page('_next/static'); // assets, not pages
      const paths = pagePaths(out);
      expect(paths).toEqual(['/', '/da/', '/da/guidelines/', '/da/guidelines/kl/legal/']);
      expect(missingPrefixes(paths)).toEqual([{ prefix: '/da/guidelines/kl/', from: '/da/guidelines/kl/legal/' }]);
      expect(pagesNamingSeedFiles(out, paths)).toEqual(['/da/guidelines/kl/legal/']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('finds pages that ask to be searched where Pagefind does not read', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    try {
      const page = (p: string, html: string) => {
        mkdirSync(join(out, p), { recursive: true });
        writeFileSync(join(out, p, 'index.html'), html);
      };
      page('da/tools/teams', '<article data-pagefind-body>Teams</article>');
      page('sv/glossary', '<div data-pagefind-body>Ord</div>');
      page('da/wizard', '<main>Ikke søgbar</main>');
      page('nb/wizard/x', '<main data-pagefind-body>Søkbar?</main>');
      expect(searchablePagesUnread(out, pagePaths(out))).toEqual(['/nb/wizard/x/']);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('gives Pagefind a glob over the searched sections of each language', () => {
    expect(pagefindGlob(['da', 'sv'])).toBe('{da,sv}/{guidelines,glossary,tools,organisations}/**/*.html');
    expect(inSearchedSection('/da/guidelines/kl/legal/')).toBe(true);
    expect(inSearchedSection('/sv/wizard/')).toBe(false);
    expect(inSearchedSection('/')).toBe(false);
  });
});
