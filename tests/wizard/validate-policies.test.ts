/** A corpus of bad policy files: each must fail with precise, friendly lines, locked by inline snapshots. */
import { describe, it, expect } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/content-fixture';

const RH = 'content/rules/region-hovedstaden.yaml';
const HALLAND = 'content/rules/region-halland.yaml';

describe('policy validation', () => {
  it('reports an unknown tool id', async () => {
    expect(await problemsAfter({ [RH]: replaceOnce('tools: [minsp]', 'tools: [min-sp]') })).toMatchInlineSnapshot(`
      [
        "content/rules/region-hovedstaden.yaml › rules[0] (minsp-primary-for-patient-contact).tools[0]: "min-sp" is not allowed. Hint: use one of: teams, skype-for-business, skype, zoom, minsp, medcom-meet, vdx, confrere, visiba-care, cisco-jabber, cisco-webex, google-meet, gotomeeting, compodium, acano, digitaltolk, whatsapp, facetime, facebook-messenger, appinux, hejdoktor, kmd-nexus-video, life-manager, tunstall-health, viewcare, vitacomm, ibg-video, shareplan, tdc-netdesign",
      ]
    `);
  });

  it('reports an unknown purpose id', async () => {
    expect(await problemsAfter({ [RH]: replaceOnce('purposes: [consultation]', 'purposes: [video-visit]') }))
      .toMatchInlineSnapshot(`
      [
        "content/rules/region-hovedstaden.yaml › rules[0] (minsp-primary-for-patient-contact).purposes[0]: "video-visit" is not allowed. Hint: use one of: colleagues, case-conference, consultation, teaching, external, private",
      ]
    `);
  });

  it('reports a citation to a missing guideline', async () => {
    expect(
      await problemsAfter({
        [RH]: replaceOnce(
          '- guideline: zoom-memo\n        section: ku-affiliation',
          '- guideline: zoom-notat\n        section: ku-affiliation',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[1]: cites the guideline "zoom-notat", which does not exist. Hint: use one of: online-communication, zoom-memo",
      ]
    `);
  });

  it('reports a citation to a section id missing in one locale', async () => {
    expect(
      await problemsAfter({
        'content/guidelines/nb/region-hovedstaden/zoom-memo.mdx': replaceOnce(
          '<H2 id="ku-affiliation">',
          '<H2 id="ku">',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/guidelines/nb/region-hovedstaden/zoom-memo.mdx › section ids: differ from content/guidelines/da/region-hovedstaden/zoom-memo.mdx; missing: ku-affiliation; extra: ku. Hint: use the same <H2 id>/<H3 id> in the same order in every language",
        "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[1]: section "ku-affiliation" does not exist in content/guidelines/nb/region-hovedstaden/zoom-memo.mdx. Hint: use one of its section ids: approval, ku, installation, prerequisites, installation-steps, support",
      ]
    `);
  });

  it('reports a verdict without a citation', async () => {
    expect(
      await problemsAfter({
        [HALLAND]: replaceOnce(
          /(  - id: region-applications[\s\S]*?)    cite:\n(?:      [- ] [^\n]*\n|        [^\n]*\n)+/,
          '$1',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/rules/region-halland.yaml › rules[0] (region-applications).cite: the verdict "allowed" has no citation. Hint: add cite: [{ guideline: <slug>, section: <section id> }] for the passage it rests on",
      ]
    `);
  });

  it('reports condition text missing in a locale', async () => {
    expect(await problemsAfter({ [HALLAND]: replaceOnce(/\n        nb: "Kontroll kan bare[^\n]*/, '') }))
      .toMatchInlineSnapshot(`
      [
        "content/rules/region-halland.yaml › rules[14] (remote-control-internal-only).conditions[0].nb: is missing. Hint: add \`nb\` (string)",
      ]
    `);
  });

  it('reports a rule that matches no situation', async () => {
    expect(
      await problemsAfter({
        [HALLAND]: replaceOnce(
          /(id: private-no-other-services\n    purposes: \[private\]\n    data: all\n    tools: all\n    exceptTools: )\[teams\]/,
          '$1[' + TOOLS + ']',
        ),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/rules/region-halland.yaml › rules[6] (private-no-other-services): matches no situation (an empty list of purposes, data, tools or needs). Hint: list at least one of each, or delete the rule",
      ]
    `);
  });

  it('reports two rules that recommend and forbid the same tool in the same situation', async () => {
    expect(
      await problemsAfter({
        [HALLAND]: replaceOnce('data: [classified]\n    tools: all', 'data: all\n    tools: all'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/rules/region-halland.yaml › rules[3] (never-security-classified): contradicts rule "external-ask-for-teams": one recommends and the other forbids teams in the same situation. Hint: narrow the purposes or data of one rule, or use exceptTools, so that only one applies",
      ]
    `);
  });

  it('reports an extra field and a missing policy file', async () => {
    expect(
      await problemsAfter({ [RH]: (t) => t.replace('exhaustive: false', 'exhaustive: false\nowner: CIMT') }, [
        'content/rules/lillehammer-kommune.yaml',
      ]),
    ).toMatchInlineSnapshot(`
      [
        "content/rules/region-hovedstaden.yaml › owner: unknown field. Hint: remove it, or check its spelling against docs/content-format.md",
        "content/rules/lillehammer-kommune.yaml › (file): the organisation "lillehammer-kommune" has no policy file. Hint: create it (see docs/policy.md)",
      ]
    `);
  });

  it('reports a rule id that is not kebab-case, in the format shared with the content files', async () => {
    expect(await problemsAfter({ [HALLAND]: replaceOnce('- id: region-applications', '- id: Region_Applications') }))
      .toMatchInlineSnapshot(`
        [
          "content/rules/region-halland.yaml › rules[0] (Region_Applications).id: "Region_Applications" is not valid. Hint: write it in kebab-case: a-z, 0-9 and -, e.g. "zoom-memo"",
        ]
      `);
  });
});

const TOOLS =
  'teams, skype-for-business, skype, zoom, minsp, medcom-meet, vdx, confrere, visiba-care, cisco-jabber, cisco-webex, google-meet, gotomeeting, compodium, acano, digitaltolk, whatsapp, facetime, facebook-messenger, appinux, hejdoktor, kmd-nexus-video, life-manager, tunstall-health, viewcare, vitacomm, ibg-video, shareplan, tdc-netdesign';
