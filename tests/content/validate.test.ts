/**
 * Each bad edit of the real content must fail with precise, friendly lines: the whole list of
 * problems is locked with an inline snapshot, so a change of wording or an extra cascaded error
 * shows up in review.
 */
import { describe, it, expect } from 'vitest';
import { problemsAfter, replaceOnce } from '../helpers/content-fixture';

const ZOOM_DA = 'content/guidelines/da/region-hovedstaden/zoom-memo.mdx';
const ZOOM_SV = 'content/guidelines/sv/region-hovedstaden/zoom-memo.mdx';
const TEAMS = 'content/tools/teams.yaml';

describe('content validation', () => {
  it('accepts the shipped content', async () => {
    expect(await problemsAfter({})).toEqual([]);
  });

  it('reports a missing field', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^audience:.*\n/m, '') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › audience: is missing. Hint: add \`audience\` (string)",
      ]
    `);
  });

  it('reports a wrong type', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^title:.*$/m, 'title: 42') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › title: expected string, got number 42. Hint: put the value in quotes",
      ]
    `);
  });

  it('reports an unknown organisation id', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^organisation:.*$/m, 'organisation: region-hoved') }))
      .toMatchInlineSnapshot(`
        [
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › organisation: "region-hoved" is not allowed. Hint: use one of: region-hovedstaden, danish-municipalities, region-halland, lillehammer-kommune",
        ]
      `);
  });

  it('reports an unknown tool id, in the body and in the catalogue', async () => {
    expect(
      await problemsAfter({
        [ZOOM_DA]: replaceOnce('<Tool id="zoom">', '<Tool id="zooom">'),
        [TEAMS]: replaceOnce(/^id: teams$/m, 'id: ms-teams'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/tools/teams.yaml › id: "ms-teams" is not allowed. Hint: use one of: teams, skype-for-business, skype, zoom, minsp, medcom-meet, vdx, confrere, visiba-care, cisco-jabber, cisco-webex, google-meet, gotomeeting, compodium, acano, digitaltolk, whatsapp, facetime, facebook-messenger, appinux, hejdoktor, kmd-nexus-video, life-manager, tunstall-health, viewcare, vitacomm, ibg-video, shareplan, tdc-netdesign",
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › body (line 25): unknown tool id "zooom". Hint: use a tool id from content/tools/",
      ]
    `);
  });

  it('reports a front-matter locale that does not match the folder', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: replaceOnce(/^locale: sv$/m, 'locale: nb') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › locale: "nb" does not match the folder "sv". Hint: set locale: sv, or move the file to content/guidelines/nb/",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › slug: "zoom-memo" is already used in nb by content/guidelines/nb/region-hovedstaden/zoom-memo.mdx. Hint: give each guideline its own slug",
        "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[0]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
        "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[1]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
        "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[2]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
        "content/rules/region-hovedstaden.yaml › rules[9] (zoom-never-with-personal-data).cite[0]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
        "content/rules/region-hovedstaden.yaml › rules[10] (zoom-not-for-patient-contact).cite[0]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
        "content/rules/region-hovedstaden.yaml › rules[11] (zoom-not-for-private-use).cite[0]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
        "content/rules/region-hovedstaden.yaml › rules[12] (zoom-not-with-classified-information).cite[0]: cites "zoom-memo", which has no sv version. Hint: add content/guidelines/sv/region-hovedstaden/zoom-memo.mdx",
      ]
    `);
  });

  it('reports the same slug twice in one locale', async () => {
    const other = 'content/guidelines/da/region-hovedstaden/online-communication.mdx';
    expect(await problemsAfter({ [other]: replaceOnce(/^slug: online-communication$/m, 'slug: zoom-memo') }))
      .toMatchInlineSnapshot(`
        [
          "content/guidelines/da/region-hovedstaden/online-communication.mdx › slug: "zoom-memo" does not match the file name "online-communication.mdx". Hint: rename the file to zoom-memo.mdx or set slug: online-communication",
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › slug: "zoom-memo" is already used in da by content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: give each guideline its own slug",
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › source: "000_f58ee88b8b354b58.txt" differs from content/guidelines/da/region-hovedstaden/online-communication.mdx ("001_9fbcc7d58647320b.txt"). Hint: all language versions of a guideline share it",
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › order: "1" differs from content/guidelines/da/region-hovedstaden/online-communication.mdx ("2"). Hint: all language versions of a guideline share it",
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › section ids: differ from content/guidelines/da/region-hovedstaden/online-communication.mdx; missing: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility; extra: approval, ku-affiliation, installation, prerequisites, installation-steps, support. Hint: use the same <H2 id>/<H3 id> in the same order in every language",
          "content/guidelines/nb/region-hovedstaden/zoom-memo.mdx › source: "000_f58ee88b8b354b58.txt" differs from content/guidelines/da/region-hovedstaden/online-communication.mdx ("001_9fbcc7d58647320b.txt"). Hint: all language versions of a guideline share it",
          "content/guidelines/nb/region-hovedstaden/zoom-memo.mdx › order: "1" differs from content/guidelines/da/region-hovedstaden/online-communication.mdx ("2"). Hint: all language versions of a guideline share it",
          "content/guidelines/nb/region-hovedstaden/zoom-memo.mdx › section ids: differ from content/guidelines/da/region-hovedstaden/online-communication.mdx; missing: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility; extra: approval, ku-affiliation, installation, prerequisites, installation-steps, support. Hint: use the same <H2 id>/<H3 id> in the same order in every language",
          "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › source: "000_f58ee88b8b354b58.txt" differs from content/guidelines/da/region-hovedstaden/online-communication.mdx ("001_9fbcc7d58647320b.txt"). Hint: all language versions of a guideline share it",
          "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › order: "1" differs from content/guidelines/da/region-hovedstaden/online-communication.mdx ("2"). Hint: all language versions of a guideline share it",
          "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › section ids: differ from content/guidelines/da/region-hovedstaden/online-communication.mdx; missing: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility; extra: approval, ku-affiliation, installation, prerequisites, installation-steps, support. Hint: use the same <H2 id>/<H3 id> in the same order in every language",
          "content/rules/region-hovedstaden.yaml › rules[0] (minsp-primary-for-patient-contact).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[0] (minsp-primary-for-patient-contact).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[0] (minsp-primary-for-patient-contact).cite[2]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[0] (minsp-primary-for-patient-contact).cite[3]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[1] (meet-where-minsp-not-possible).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[1] (meet-where-minsp-not-possible).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[1] (meet-where-minsp-not-possible).cite[2]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[1] (meet-where-minsp-not-possible).cite[3]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[1] (meet-where-minsp-not-possible).cite[4]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[2] (meet-approved-for-meetings).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[2] (meet-approved-for-meetings).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[2] (meet-approved-for-meetings).cite[2]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[2] (meet-approved-for-meetings).cite[3]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[2] (meet-approved-for-meetings).cite[4]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[2] (meet-approved-for-meetings).cite[5]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[3] (meet-approved-for-teaching).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[3] (meet-approved-for-teaching).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[3] (meet-approved-for-teaching).cite[2]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[3] (meet-approved-for-teaching).cite[3]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[3] (meet-approved-for-teaching).cite[4]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[3] (meet-approved-for-teaching).cite[5]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[4] (teams-approved-for-meetings).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[4] (teams-approved-for-meetings).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[4] (teams-approved-for-meetings).cite[2]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[5] (teams-approved-for-conferences-without-personal-data).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[5] (teams-approved-for-conferences-without-personal-data).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[5] (teams-approved-for-conferences-without-personal-data).cite[2]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[6] (teams-patient-conferences-under-conditions).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[6] (teams-patient-conferences-under-conditions).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[7] (teams-colleagues-with-patient-data).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[7] (teams-colleagues-with-patient-data).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[0]: section "approval" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[1]: section "ku-affiliation" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[8] (zoom-only-with-ku-affiliation).cite[2]: section "installation" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[9] (zoom-never-with-personal-data).cite[0]: section "approval" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[10] (zoom-not-for-patient-contact).cite[0]: section "approval" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[10] (zoom-not-for-patient-contact).cite[1]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › rules[11] (zoom-not-for-private-use).cite[0]: section "approval" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[12] (zoom-not-with-classified-information).cite[0]: section "approval" does not exist in content/guidelines/da/region-hovedstaden/online-communication.mdx. Hint: use one of its section ids: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
          "content/rules/region-hovedstaden.yaml › rules[13] (no-sensitive-data-in-chat).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › practices[0] (phone-when-no-visual-contact).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/rules/region-hovedstaden.yaml › practices[1] (local-criteria).cite[0]: cites "online-communication", which has no da version. Hint: add content/guidelines/da/region-hovedstaden/online-communication.mdx",
          "content/coverage/region-hovedstaden.yaml › zoom-memo#definitions (content/guidelines/da/region-hovedstaden/online-communication.mdx:37): the normative sentence "En portal til at oprette et unikt møderum i Meet, hver gang du skal bruge det." ("skal") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/region-hovedstaden.yaml, or add it under informative: with a reason",
          "content/coverage/region-hovedstaden.yaml › zoom-memo#all-meeting-types (content/guidelines/da/region-hovedstaden/online-communication.mdx:43): the normative sentence "Afdelingen/klinikeren skal sikre sig følgende (gældende for alle mødetyper):" ("skal") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/region-hovedstaden.yaml, or add it under informative: with a reason",
          "content/coverage/region-hovedstaden.yaml › zoom-memo#video-consultation (content/guidelines/da/region-hovedstaden/online-communication.mdx:51): the normative sentence "Afdelingen/klinikeren skal sikre sig følgende:" ("skal") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/region-hovedstaden.yaml, or add it under informative: with a reason",
          "content/coverage/region-hovedstaden.yaml › zoom-memo#booking-meeting-rooms (content/guidelines/da/region-hovedstaden/online-communication.mdx:79): the normative sentence "For at du kan bruge Meet, skal du bestille et møderum via genvejen "CIMT Service" på skrivebordet på din pc. (se vejledningen)" ("skal") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/region-hovedstaden.yaml, or add it under informative: with a reason",
          "content/coverage/region-hovedstaden.yaml › zoom-memo#booking-meeting-rooms (content/guidelines/da/region-hovedstaden/online-communication.mdx:81): the normative sentence "Du skal overveje, hvilken type møderum du har behov for." ("skal") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/region-hovedstaden.yaml, or add it under informative: with a reason",
          "content/coverage/region-hovedstaden.yaml › zoom-memo#meet-data-security (content/guidelines/da/region-hovedstaden/online-communication.mdx:97): the normative sentence "Du må ikke dele personfølsomme oplysninger i chatten." ("må ikke") is neither quoted nor declared informative. Hint: quote it in a rule or practice of content/rules/region-hovedstaden.yaml, or add it under informative: with a reason",
          "content/coverage/region-hovedstaden.yaml › informative[0]: "En portal til at oprette et unikt møderum i Meet, hver gang du skal bruge det." stands in no normative sentence of the original "online-communication". Hint: copy the words exactly from the original-language page, or remove the entry if the sentence is gone",
        ]
      `);
  });

  it('reports two guidelines of one organisation in the same place, and an order that differs between languages', async () => {
    const KL = 'content/guidelines/da/danish-municipalities';
    expect(
      await problemsAfter({
        [`${KL}/screen-visits-legal.mdx`]: replaceOnce(/^order: 4$/m, 'order: 3'),
        [ZOOM_SV]: replaceOnce(/^order: 1$/m, 'order: 2'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/guidelines/nb/danish-municipalities/screen-visits-legal.mdx › order: "4" differs from content/guidelines/da/danish-municipalities/screen-visits-legal.mdx ("3"). Hint: all language versions of a guideline share it",
        "content/guidelines/sv/danish-municipalities/screen-visits-legal.mdx › order: "4" differs from content/guidelines/da/danish-municipalities/screen-visits-legal.mdx ("3"). Hint: all language versions of a guideline share it",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › order: "2" differs from content/guidelines/da/region-hovedstaden/zoom-memo.mdx ("1"). Hint: all language versions of a guideline share it",
        "content/guidelines/da/danish-municipalities/screen-visits-market-overview.mdx › order: 3 is also the order of content/guidelines/da/danish-municipalities/screen-visits-legal.mdx. Hint: give each of danish-municipalities's guidelines its own place (1, 2, …)",
      ]
    `);
  });

  it('reports a source document named twice or not at all', async () => {
    expect(
      await problemsAfter({
        'content/sources.yaml': replaceOnce('- file: 004_c9e5c9ec18687ee7.txt', '- file: 000_f58ee88b8b354b58.txt'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/sources.yaml › [4].file: 000_f58ee88b8b354b58.txt appears twice. Hint: keep one entry",
        "content/sources.yaml › (file): names no entry for 004_c9e5c9ec18687ee7.txt. Hint: add one",
      ]
    `);
  });

  it('reports a date that is not ISO', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^lastReviewed:.*$/m, 'lastReviewed: 3/7/2020') }))
      .toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › lastReviewed: "3/7/2020" is not an ISO date. Hint: write the date as YYYY-MM-DD, e.g. 2020-07-03",
      ]
    `);
  });

  it('reports an MDX syntax error with its line in the file', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: (t) => t.replace('</Callout>', '') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › body (line 20): MDX syntax error: Expected a closing tag for \`<Callout>\` (10:1-10:25). Hint: close every tag, and escape { } < in text as \\{ \\} \\<",
      ]
    `);
  });

  it('reports an extra unknown field', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^title:/m, 'colour: blue\ntitle:') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › colour: unknown field. Hint: remove it, or check its spelling against docs/content-format.md",
      ]
    `);
  });

  it('reports a UI message key missing in one locale', async () => {
    const problems = await problemsAfter({
      'content/messages/nb.json': (t) => {
        const m = JSON.parse(t);
        delete m.Nav.search;
        return JSON.stringify(m);
      },
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/messages/nb.json › Nav.search: is missing (it exists in da.json). Hint: add the translated text under the same key",
      ]
    `);
  });

  it('reports section ids that differ between languages', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: replaceOnce('<H2 id="support">', '<H2 id="help">') }))
      .toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › section ids: differ from content/guidelines/da/region-hovedstaden/zoom-memo.mdx; missing: support; extra: help. Hint: use the same <H2 id>/<H3 id> in the same order in every language",
      ]
    `);
  });

  it('reports a Markdown heading without a stable id and an unknown component', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: (t) => `${t}\n## Ny sektion\n\n<Box>tekst</Box>\n` }))
      .toMatchInlineSnapshot(`
        [
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › body (line 73): Markdown heading without a stable id. Hint: write <H2 id="kebab-id">Text</H2> or <H3 id="…">, with the same id in every language",
          "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › body (line 75): unknown component <Box>. Hint: use one of: H2, H3, Callout, Checklist, Check, Steps, Definitions, Definition, Missing, LostLink, Term, Tool",
        ]
      `);
  });

  it('reports every problem at once, across files', async () => {
    expect(
      await problemsAfter({
        [ZOOM_DA]: replaceOnce(/^nextReview:.*$/m, 'nextReview: soon'),
        [TEAMS]: replaceOnce(/^kind: .*$/m, 'kind: app'),
        'content/organisations/region-halland.yaml': replaceOnce(/^country: SE$/m, 'country: Sweden'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/organisations/region-halland.yaml › country: "Sweden" is not allowed. Hint: use one of: DK, SE, NO",
        "content/tools/teams.yaml › kind: "app" is not allowed. Hint: use one of: dedicated, general-platform, consumer-app",
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › nextReview: "soon" is not an ISO date. Hint: write the date as YYYY-MM-DD, e.g. 2020-07-03",
      ]
    `);
  });

  it('reports a YAML syntax error with its line', async () => {
    expect(await problemsAfter({ [TEAMS]: replaceOnce(/^vendor: .*$/m, 'vendor: "Microsoft') })).toMatchInlineSnapshot(`
      [
        "content/tools/teams.yaml › line 3: YAML syntax error: Missing closing "quote at line 3, column 19:. Hint: check indentation, colons and quotes on that line (quote text containing ": ")",
      ]
    `);
  });

  it('reports a glossary id used twice, with the entry by position and id', async () => {
    expect(
      await problemsAfter({
        'content/glossary/terms.yaml': (t) => `${t.trimEnd()}\n${t.slice(t.indexOf('- id:'), t.indexOf('- id:', 6))}`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/glossary/terms.yaml › [28] (gdpr).id: "gdpr" appears twice. Hint: merge the two entries",
      ]
    `);
  });

  it('reports a file that is not YAML in a data folder', async () => {
    expect(await problemsAfter({ 'content/tools/notes.txt': 'teams\n' })).toMatchInlineSnapshot(`
      [
        "content/tools/notes.txt › (file): is not a .yaml file. Hint: only {id}.yaml files belong in content/tools",
      ]
    `);
  });
});
