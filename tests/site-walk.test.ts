import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingPrefixes, pagePaths, pagesNamingSeedFiles, prefixesOf } from '../scripts/site-walk.mjs';

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
});
