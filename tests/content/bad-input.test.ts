/**
 * The bad-input corpus: what a careless editor (or an attacker with commit access) could put in
 * content/, each refused by `check:content` with its own lines only. A case that gives one line
 * more (a cascade into other files or languages) or one line less (a refusal gone) fails here.
 */
import { describe, it, expect } from 'vitest';
import { problemsAfter, replaceOnce, type Edit } from '../helpers/content-fixture';

const ZOOM_DA = 'content/guidelines/da/region-hovedstaden/zoom-memo.mdx';
const ZOOM_SV = 'content/guidelines/sv/region-hovedstaden/zoom-memo.mdx';
const TEAMS = 'content/tools/teams.yaml';

/** Adds a paragraph at the end of the body, three lines after the last line of the file. */
const append =
  (mdx: string): Edit =>
  (text) =>
    `${text.trimEnd()}\n\n${mdx}\n`;

describe('refused in MDX: only Markdown and the documented components', () => {
  it('a raw <script>', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: append('<script>alert(document.cookie)</script>') }))
      .toMatchInlineSnapshot(`
        [
          "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the HTML element <script> is not allowed. Hint: the site renders no raw HTML: write Markdown, or use one of: H2, H3, Callout, Checklist, Check, Steps, Definitions, Definition, Missing, LostLink, Term, Tool",
        ]
      `);
  });

  it('<style>, <iframe> and <img>, and a Markdown image', async () => {
    const html = [
      '<style>{`body { display: none }`}</style>',
      '<iframe src="https://example.com/"></iframe>',
      'Se <img src="https://tracker.example/pixel.gif" /> her.',
      '![Zoom-logo](https://example.com/zoom.png)',
    ].join('\n\n');
    expect(await problemsAfter({ [ZOOM_SV]: append(html) })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the HTML element <style> is not allowed. Hint: the site renders no raw HTML: write Markdown, or use one of: H2, H3, Callout, Checklist, Check, Steps, Definitions, Definition, Missing, LostLink, Term, Tool",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 82): the HTML element <iframe> is not allowed. Hint: the site renders no raw HTML: write Markdown, or use one of: H2, H3, Callout, Checklist, Check, Steps, Definitions, Definition, Missing, LostLink, Term, Tool",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 84): the HTML element <img> is not allowed. Hint: guidelines have no images: describe it in words, or link to it with [text](https://…)",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 86): an image is not allowed. Hint: guidelines have no images: describe it in words, or link to it with [text](https://…)",
      ]
    `);
  });

  it('a {…} expression, import and export', async () => {
    const code = ['Senast ändrad {dato}.', 'import Box from "./box"', 'export const x = 1'].join('\n\n');
    expect(await problemsAfter({ [ZOOM_SV]: append(code) })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the expression {dato} is not allowed. Hint: MDX would run it as JavaScript: write \\{ and \\} for braces in text",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 82): "import Box from "./box"": import and export are not allowed. Hint: remove it: a guideline is Markdown and the components of docs/content-format.md",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 84): "export const x = 1": import and export are not allowed. Hint: remove it: a guideline is Markdown and the components of docs/content-format.md",
      ]
    `);
  });

  it('an unknown component, and attributes a component does not take', async () => {
    const mdx = [
      '<Alert>Obs!</Alert>',
      '<Callout kind="danger" colour="red" title={rubrik}>\n\nText\n\n</Callout>',
      '<Tool>Zoom</Tool> och <Check {...props}>x</Check>',
    ].join('\n\n');
    expect(await problemsAfter({ [ZOOM_SV]: append(mdx) })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): unknown component <Alert>. Hint: use one of: H2, H3, Callout, Checklist, Check, Steps, Definitions, Definition, Missing, LostLink, Term, Tool",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 82): <Callout> kind="danger" is not allowed. Hint: use one of: note, warning, recommendation, example",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 82): <Callout> has no attribute "colour". Hint: use: kind, title",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 82): <Callout> title is an expression {…}. Hint: write the value in quotes: title="…"",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 88): <Tool> has no id. Hint: add id="…"",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 88): <Check> has an attribute expression {…}. Hint: write attributes as name="text"",
      ]
    `);
  });

  it('a lowercase <h2> in the original is its own error, not a missing section in the translations', async () => {
    expect(
      await problemsAfter({
        [ZOOM_DA]: replaceOnce(/<H2 id="support">(.*)<\/H2>/, '<h2 id="support">$1</h2>'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › body (line 63): the HTML element <h2> is not allowed. Hint: write <H2 id="kebab-id">Text</H2> or <H3 id="…">, with the same id in every language",
      ]
    `);
  });
});

describe('refused bytes: UTF-8 without BOM, LF line endings', () => {
  it('a guideline saved as Latin-1 names the first line and counts the others', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: (text) => Buffer.from(text, 'latin1') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › line 3: is not UTF-8: byte 0xF8 ("ø" in Latin-1) (and on 22 more lines). Hint: the file was saved in another encoding (Latin-1, Windows-1252): save it as UTF-8 (in VS Code: Reopen with Encoding › Western, then Save with Encoding › UTF-8)",
      ]
    `);
  });

  it('a YAML file saved as Latin-1', async () => {
    const edit: Edit = (text) =>
      Buffer.from(text.replace('vendor: Microsoft', 'vendor: Microsoft Danmark Å/S'), 'latin1');
    expect(await problemsAfter({ [TEAMS]: edit })).toMatchInlineSnapshot(`
      [
        "content/tools/teams.yaml › line 3: is not UTF-8: byte 0xC5 ("Å" in Latin-1) (and on 3 more lines). Hint: the file was saved in another encoding (Latin-1, Windows-1252): save it as UTF-8 (in VS Code: Reopen with Encoding › Western, then Save with Encoding › UTF-8)",
      ]
    `);
  });

  it('replacement characters left by an earlier wrong conversion', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: (text) => text.replaceAll('ø', '\uFFFD') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/da/region-hovedstaden/zoom-memo.mdx › line 3: contains "�", the mark of letters lost to a wrong encoding (and on 7 more lines). Hint: retype the lost letters (æ, ø, å, ä, ö …) from the source document",
      ]
    `);
  });

  it('a byte-order mark in a guideline is its own error, not "no sv version" in every citation', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: (text) => `\uFEFF${text}` })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › (file): starts with a byte-order mark (BOM). Hint: save it as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar › Save with Encoding › UTF-8)",
      ]
    `);
  });

  it('a byte-order mark in a YAML file and in a messages file', async () => {
    expect(
      await problemsAfter({
        [TEAMS]: (text) => `\uFEFF${text}`,
        'content/messages/nb.json': (text) => `\uFEFF${text}`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/tools/teams.yaml › (file): starts with a byte-order mark (BOM). Hint: save it as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar › Save with Encoding › UTF-8)",
        "content/messages/nb.json › (file): starts with a byte-order mark (BOM). Hint: save it as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar › Save with Encoding › UTF-8)",
      ]
    `);
  });

  it('CRLF line endings in a guideline and in a YAML file', async () => {
    const crlf: Edit = (text) => text.replaceAll('\n', '\r\n');
    expect(await problemsAfter({ [ZOOM_SV]: crlf, 'content/glossary/terms.yaml': crlf })).toMatchInlineSnapshot(`
      [
        "content/glossary/terms.yaml › line 1: ends with a Windows line ending (CRLF) (and on 279 more lines). Hint: save the file with LF line endings (in VS Code: click "CRLF" in the status bar and choose "LF")",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › line 1: ends with a Windows line ending (CRLF) (and on 77 more lines). Hint: save the file with LF line endings (in VS Code: click "CRLF" in the status bar and choose "LF")",
      ]
    `);
  });
});

describe('one broken file gives its own errors only', () => {
  it('a YAML syntax error in a guideline’s front matter', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: replaceOnce(/^title: "(.*)"$/m, 'title: "$1') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › line 2: YAML syntax error: Missing closing "quote at line 1, column 34:. Hint: check indentation, colons and quotes on that line (quote text containing ": ")",
      ]
    `);
  });

  it('front matter whose closing --- is gone', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: replaceOnce(/^---$(?![\s\S]*^---$)/m, '') })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › front matter: is missing. Hint: start the file with --- and the fields in docs/content-format.md",
      ]
    `);
  });

  it('a messages file that is not JSON: its own error, not every key "missing" in the others', async () => {
    const problems = await problemsAfter({ 'content/messages/sv.json': replaceOnce(/("name": "[^"]*"),/, '$1') });
    // V8 words the syntax error itself, differently across Node versions: the file, line and hint are ours.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/messages\/sv\.json › line 4: JSON syntax error: .+\. Hint: check the quotes, commas and braces on that line$/,
    );
  });
});

describe('internal links are resolved by the check', () => {
  it('a link to a guideline, a section, a glossary term or a tool page that does not exist', async () => {
    const links = [
      '[a](/sv/guidelines/region-hovedstaden/zoom-memos/)',
      '[b](/sv/guidelines/region-hovedstaden/online-communication/#recording)',
      '[c](#instalation)',
      '[d](/sv/glossary/#term-gdrp)',
      '[e](/sv/tools/zooom/)',
      '[f](/sv/tools/zoom/#region-skane)',
      '[g](/se/tools/)',
    ].join(' · ');
    expect(await problemsAfter({ [ZOOM_SV]: append(links) })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "/sv/guidelines/region-hovedstaden/zoom-memos/" names no page of this site. Hint: check the path: a guideline is /{da|sv|nb}/guidelines/{organisation}/{slug}/, e.g. /sv/guidelines/region-hovedstaden/zoom-memo/",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): "#recording" is not an id on /sv/guidelines/region-hovedstaden/online-communication/. Hint: use one of: purpose, scope, definitions, all-meeting-types, video-consultation, starting-video-consultation, minsp, meet, booking-meeting-rooms, meet-browsers, meet-data-security, sms-video-meetings, teams, teams-invitation, teams-joining, teams-patient-conferences, responsibility",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): "#instalation" is not an id on this page. Hint: use one of: approval, ku-affiliation, installation, prerequisites, installation-steps, support",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): "#term-gdrp" is not an id on /sv/glossary/. Hint: use one of: term-gdpr, term-data-processing-agreement, term-data-controller, term-byod, term-mdm, term-kiosk-mode, term-isae-3402, term-iso-27001, term-siths, term-efeide, term-vdx, term-pexip, term-minsp, term-meet, term-booking-portal, term-72-hour-rule, term-end-to-end-solution, term-encryption, term-two-factor-authentication, term-vpn, term-sso, term-screen-visit, term-video-consultation, term-security-classified, term-public-document, term-data-protection-officer, term-clean-desk, term-on-premise",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "/sv/tools/zooom/" names no page of this site. Hint: check the path: a guideline is /{da|sv|nb}/guidelines/{organisation}/{slug}/, e.g. /sv/guidelines/region-hovedstaden/zoom-memo/",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): "#region-skane" is not an id on /sv/tools/zoom/. Hint: use one of: region-hovedstaden, danish-municipalities, region-halland, lillehammer-kommune",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "/se/tools/" names no page of this site. Hint: check the path: a guideline is /{da|sv|nb}/guidelines/{organisation}/{slug}/, e.g. /sv/guidelines/region-hovedstaden/zoom-memo/",
      ]
    `);
  });

  it('links the site cannot serve or that are not web addresses', async () => {
    const links = [
      '[a](javascript:alert(1))',
      '[b](data:text/html,hi)',
      '[c](//example.com/)',
      '[d](../online-communication/)',
      '[e](/sv/glossary)',
      '[f](/sv/wizard/#region-halland)',
      '[g]()',
    ].join(' · ');
    expect(await problemsAfter({ [ZOOM_SV]: append(links) })).toMatchInlineSnapshot(`
      [
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "javascript:alert(1)" is not a web address. Hint: link to https://…, mailto:…, tel:… or a page of this site (/da/…)",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "data:text/html,hi" is not a web address. Hint: link to https://…, mailto:…, tel:… or a page of this site (/da/…)",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "//example.com/" has no scheme. Hint: write https:// in front of the address",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "../online-communication/" is relative. Hint: write the path from the site root, e.g. /sv/guidelines/region-hovedstaden/zoom-memo/",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "/sv/glossary" does not end with /. Hint: site paths end with a slash, e.g. /da/tools/",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): the link "/sv/wizard/#region-halland" points at #region-halland, which the check cannot see on /sv/wizard/. Hint: link to the page without #…: only guideline sections, glossary terms (#term-id) and tool pages (#organisation) can be checked",
        "content/guidelines/sv/region-hovedstaden/zoom-memo.mdx › body (line 80): a link has no target. Hint: write [text](https://…) or [text](/da/…)",
      ]
    `);
  });

  it('accepts links that resolve, in this or another language, and links to other sites', async () => {
    const links = [
      '[a](#support)',
      '[b](/da/guidelines/region-hovedstaden/zoom-memo/#ku-affiliation)',
      '[c](/sv/glossary/#term-gdpr)',
      '[d](/nb/tools/zoom/#region-hovedstaden)',
      '[e](/sv/wizard/region-hovedstaden/consultation/sensitive/?needs=chat)',
      '[f](https://example.com/#x)',
      '[g](mailto:servicedesk@example.dk)',
      '[h]: /sv/tools/matrix/teaching/none/',
    ].join('\n\n');
    expect(await problemsAfter({ [ZOOM_SV]: append(links) })).toEqual([]);
  });
});
