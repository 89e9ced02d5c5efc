/** A corpus of bad policy files: each must fail with a precise, friendly line. */
import { describe, it, expect } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/content-fixture';

const RH = 'content/rules/region-hovedstaden.yaml';
const HALLAND = 'content/rules/region-halland.yaml';

describe('policy validation', () => {
  it('reports an unknown tool id', async () => {
    expect(await problemsAfter({ [RH]: replaceOnce('tools: [minsp]', 'tools: [min-sp]') })).toEqual([
      expect.stringMatching(
        /^content\/rules\/region-hovedstaden\.yaml › rules\.0\.tools\.0: "min-sp" is not allowed\. Hint: use one of: teams, /,
      ),
    ]);
  });

  it('reports an unknown purpose id', async () => {
    const problems = await problemsAfter({ [RH]: replaceOnce('purposes: [consultation]', 'purposes: [video-visit]') });
    expect(problems[0]).toMatch(/^content\/rules\/region-hovedstaden\.yaml › rules\.0\.purposes/);
  });

  it('reports a citation to a missing guideline', async () => {
    expect(
      await problemsAfter({
        [RH]: replaceOnce(
          '- guideline: zoom-memo\n        section: ku-affiliation',
          '- guideline: zoom-notat\n        section: ku-affiliation',
        ),
      }),
    ).toEqual([
      'content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[1]: cites the guideline "zoom-notat", which does not exist. Hint: use one of: online-communication, zoom-memo',
    ]);
  });

  it('reports a citation to a section id missing in one locale', async () => {
    const problems = await problemsAfter({
      'content/guidelines/nb/region-hovedstaden/zoom-memo.mdx': replaceOnce('<H2 id="ku-affiliation">', '<H2 id="ku">'),
    });
    expect(problems).toContain(
      'content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[1]: section "ku-affiliation" does not exist in content/guidelines/nb/region-hovedstaden/zoom-memo.mdx. Hint: use one of its section ids: approval, ku, installation, prerequisites, installation-steps, support',
    );
  });

  it('reports a verdict without a citation', async () => {
    const problems = await problemsAfter({
      [HALLAND]: replaceOnce(
        /(  - id: region-applications[\s\S]*?)    cite:\n(?:      [- ] [^\n]*\n|        [^\n]*\n)+/,
        '$1',
      ),
    });
    expect(problems).toEqual([
      'content/rules/region-halland.yaml › rules[0] (region-applications).cite: the verdict "allowed" has no citation. Hint: add cite: [{ guideline: <slug>, section: <section id> }] for the passage it rests on',
    ]);
  });

  it('reports condition text missing in a locale', async () => {
    const problems = await problemsAfter({ [HALLAND]: replaceOnce(/\n        nb: "Kontroll kan bare[^\n]*/, '') });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/rules\/region-halland\.yaml › rules\.\d+\.conditions\.0\.nb: is missing\. Hint: add `nb` \(string\)$/,
      ),
    ]);
  });

  it('reports a rule that matches no situation', async () => {
    const problems = await problemsAfter({
      [HALLAND]: replaceOnce(
        /(id: private-no-other-services\n    purposes: \[private\]\n    data: all\n    tools: all\n    exceptTools: )\[teams\]/,
        '$1[' + TOOLS + ']',
      ),
    });
    expect(problems).toEqual([expect.stringContaining('(private-no-other-services): matches no situation')]);
  });

  it('reports two rules that recommend and forbid the same tool in the same situation', async () => {
    const problems = await problemsAfter({
      [HALLAND]: replaceOnce('data: [classified]\n    tools: all', 'data: all\n    tools: all'),
    });
    expect(problems).toEqual([
      'content/rules/region-halland.yaml › rules[3] (never-security-classified): contradicts rule "external-ask-for-teams": one recommends and the other forbids teams in the same situation. Hint: narrow the purposes or data of one rule, or use exceptTools, so that only one applies',
    ]);
  });

  it('reports an extra field and a missing policy file', async () => {
    const problems = await problemsAfter(
      { [RH]: (t) => t.replace('exhaustive: false', 'exhaustive: false\nowner: CIMT') },
      ['content/rules/lillehammer-kommune.yaml'],
    );
    expect(problems).toContain(
      'content/rules/region-hovedstaden.yaml › owner: unknown field. Hint: remove it, or check its spelling against docs/content-format.md',
    );
    expect(problems).toContain(
      'content/rules/lillehammer-kommune.yaml › (file): the organisation "lillehammer-kommune" has no policy file. Hint: create it (see docs/policy.md)',
    );
  });
});

const TOOLS =
  'teams, skype-for-business, skype, zoom, minsp, medcom-meet, vdx, confrere, visiba-care, cisco-jabber, cisco-webex, google-meet, gotomeeting, compodium, acano, digitaltolk, whatsapp, facetime, facebook-messenger, appinux, hejdoktor, kmd-nexus-video, life-manager, tunstall-health, viewcare, vitacomm, ibg-video, shareplan, tdc-netdesign';
