import { describe, it, expect } from 'vitest';
import { brokenLink, type LinkTargets, type LinkedGuideline } from '@/lib/content/site-links';

const original: LinkedGuideline = {
  organisation: 'region-halland',
  slug: 'routine',
  locale: 'sv',
  originalLanguage: 'sv',
  sectionIds: ['recording', 'screen-sharing'],
};
const targets: LinkTargets = { guidelines: [original], glossaryIds: ['gdpr'], here: original };
const problem = (url: string, t: LinkTargets = targets) => brokenLink(url, t)?.problem;

describe('internal links', () => {
  it('a language without the guideline shows the original, so its section ids resolve', () => {
    expect(problem('/nb/guidelines/region-halland/routine/#recording')).toBeUndefined();
    expect(problem('/nb/guidelines/region-halland/routine/#opptak')).toBe(
      '"#opptak" is not an id on /nb/guidelines/region-halland/routine/',
    );
  });

  it('a guideline is found under its own organisation only', () => {
    expect(problem('/sv/guidelines/region-hovedstaden/routine/')).toBe(
      'the link "/sv/guidelines/region-hovedstaden/routine/" names no page of this site',
    );
  });

  it('fragments of a page that could not be read are not checked again', () => {
    const unread = { ...original, sectionIds: undefined };
    expect(problem('#anything', { ...targets, guidelines: [unread], here: unread })).toBeUndefined();
    expect(problem('/sv/glossary/#term-x', { ...targets, glossaryIds: undefined })).toBeUndefined();
  });

  it('every page type of the site resolves, with its query string ignored', () => {
    for (const path of [
      '/da/',
      '/da/guidelines/',
      '/da/guidelines/region-halland/',
      '/da/organisations/lillehammer-kommune/decision-table/',
      '/da/wizard/region-halland/teaching/personal/needs/',
      '/da/wizard/region-halland/teaching/personal/?needs=chat',
      '/da/tools/matrix/private/classified/',
      '/da/search/?q=zoom',
      '/da/embed/wizard/region-halland/',
    ])
      expect(problem(path), path).toBeUndefined();
    for (const path of ['/da/wizard/region-halland/teaching/secret/', '/da/tools/matrix/private/none/extra/', '/da/x/'])
      expect(problem(path), path).toMatch(/names no page of this site$/);
  });

  it('leaves other sites to the link check after the build, and refuses other schemes', () => {
    expect(problem('https://example.com/a#b')).toBeUndefined();
    expect(problem('tel:+4538648080')).toBeUndefined();
    expect(problem('JavaScript:alert(1)')).toBe('the link "JavaScript:alert(1)" is not a web address');
    expect(problem('vbscript:x')).toBe('the link "vbscript:x" is not a web address');
  });
});
