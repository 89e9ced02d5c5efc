import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { legacyNeedsPage, writeLegacyPages } from '../scripts/legacy-pages.mjs';
import da from '../content/messages/da.json';
import sv from '../content/messages/sv.json';

describe("the functions question's old page", () => {
  it('redirects to the form on the outcome, without JavaScript, and names where the question went', () => {
    const html = legacyNeedsPage({
      locale: 'sv',
      title: 'Vilka funktioner?',
      text: 'Frågan finns nu på resultatsidan.',
      linkText: 'Gå till frågan',
      stylesheets: ['/video-guide/_next/static/chunks/a.css'],
    });
    expect(html).toMatch(/^<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"\/>/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=../#needs-form"/>');
    expect(html).toContain('<a href="../#needs-form">Gå till frågan</a>');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('<link rel="stylesheet" href="/video-guide/_next/static/chunks/a.css"/>');
    expect(html).not.toContain('<script');
  });

  it('escapes its texts', () => {
    const html = legacyNeedsPage({ locale: 'da', title: 'A & <b>', text: '"x"', linkText: '<i>' });
    expect(html).toContain('<title>A &amp; &lt;b&gt;</title>');
    expect(html).toContain('&quot;x&quot;');
    expect(html).not.toContain('<i>');
  });
});

describe('writing the old pages into a build', () => {
  let site: string;
  const outcome = (locale: string, situation: string) => {
    const dir = join(site, locale, 'wizard', situation);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      `<html><head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/></head></html>`,
    );
  };
  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'legacy-pages-'));
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  it('writes one beside every outcome page, in its language, and none elsewhere', () => {
    outcome('da', 'region-halland/teaching/none');
    outcome('da', 'region-halland/teaching/sensitive');
    outcome('sv', 'lillehammer-kommune/consultation/personal');
    // A data question page (two segments deep) has no functions question.
    outcome('sv', 'lillehammer-kommune/consultation');
    mkdirSync(join(site, 'sv', 'wizard', 'region-halland', 'teaching', 'empty'), { recursive: true });

    expect(writeLegacyPages(site, ['da', 'sv', 'nb'])).toBe(3);
    const sv1 = readFileSync(
      join(site, 'sv/wizard/lillehammer-kommune/consultation/personal/needs/index.html'),
      'utf8',
    );
    expect(sv1).toContain('lang="sv"');
    expect(sv1).toContain(`<title>${sv.Wizard.qNeeds}</title>`);
    expect(sv1).toContain('href="/_next/static/chunks/site.css"');
    const da1 = readFileSync(join(site, 'da/wizard/region-halland/teaching/sensitive/needs/index.html'), 'utf8');
    expect(da1).toContain(da.Wizard.needsMoved);
    expect(existsSync(join(site, 'sv/wizard/lillehammer-kommune/consultation/needs'))).toBe(false);
    expect(existsSync(join(site, 'sv/wizard/region-halland/teaching/empty/needs'))).toBe(false);
  });

  it('writes nothing into a site without outcome pages', () => {
    expect(writeLegacyPages(site, ['da'])).toBe(0);
  });
});
