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
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^audience:.*\n/m, '') })).toEqual([
      `${ZOOM_DA} › audience: is missing. Hint: add \`audience\` (string)`,
    ]);
  });

  it('reports a wrong type', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^title:.*$/m, 'title: 42') })).toEqual([
      `${ZOOM_DA} › title: expected string, got number 42. Hint: put the value in quotes`,
    ]);
  });

  it('reports an unknown organisation id', async () => {
    const problems = await problemsAfter({
      [ZOOM_DA]: replaceOnce(/^organisation:.*$/m, 'organisation: region-hoved'),
    });
    expect(problems[0]).toMatch(
      `${ZOOM_DA} › organisation: "region-hoved" is not allowed. Hint: use one of: region-hovedstaden, region-halland, lillehammer-kommune, danish-municipalities`,
    );
  });

  it('reports an unknown tool id, in the body and in the catalogue', async () => {
    const problems = await problemsAfter({
      [ZOOM_DA]: replaceOnce('<Tool id="zoom">', '<Tool id="zooom">'),
      [TEAMS]: replaceOnce(/^id: teams$/m, 'id: ms-teams'),
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/guidelines\/da\/region-hovedstaden\/zoom-memo\.mdx › body \(line \d+\): unknown tool id "zooom"\. Hint: use a tool id from content\/tools\/$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/tools\/teams\.yaml › id: "ms-teams" is not allowed\. Hint: use one of: teams, /),
    );
  });

  it('reports a front-matter locale that does not match the folder', async () => {
    expect(await problemsAfter({ [ZOOM_SV]: replaceOnce(/^locale: sv$/m, 'locale: nb') })).toContain(
      `${ZOOM_SV} › locale: "nb" does not match the folder "sv". Hint: set locale: sv, or move the file to content/guidelines/nb/`,
    );
  });

  it('reports the same slug twice in one locale', async () => {
    const other = 'content/guidelines/da/region-hovedstaden/online-communication.mdx';
    const problems = await problemsAfter({ [other]: replaceOnce(/^slug: online-communication$/m, 'slug: zoom-memo') });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/guidelines\/da\/region-hovedstaden\/(zoom-memo|online-communication)\.mdx › slug: "zoom-memo" is already used in da by .*\. Hint: give each guideline its own slug$/,
      ),
    );
  });

  it('reports a date that is not ISO', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^lastReviewed:.*$/m, 'lastReviewed: 3/7/2020') })).toEqual([
      `${ZOOM_DA} › lastReviewed: "3/7/2020" is not an ISO date. Hint: write the date as YYYY-MM-DD, e.g. 2020-07-03`,
    ]);
  });

  it('reports an MDX syntax error with its line in the file', async () => {
    const problems = await problemsAfter({ [ZOOM_DA]: (t) => t.replace('</Callout>', '') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/guidelines\/da\/region-hovedstaden\/zoom-memo\.mdx › body \(line \d+\): MDX syntax error: .*Hint: close every tag/,
    );
  });

  it('reports an extra unknown field', async () => {
    expect(await problemsAfter({ [ZOOM_DA]: replaceOnce(/^title:/m, 'colour: blue\ntitle:') })).toEqual([
      `${ZOOM_DA} › colour: unknown field. Hint: remove it, or check its spelling against docs/content-format.md`,
    ]);
  });

  it('reports a UI message key missing in one locale', async () => {
    const problems = await problemsAfter({
      'content/messages/nb.json': (t) => {
        const m = JSON.parse(t);
        delete m.Nav.search;
        return JSON.stringify(m);
      },
    });
    expect(problems).toEqual([
      'content/messages/nb.json › Nav.search: is missing (it exists in da.json). Hint: add the translated text under the same key',
    ]);
  });

  it('reports section ids that differ between languages', async () => {
    const problems = await problemsAfter({ [ZOOM_SV]: replaceOnce('<H2 id="support">', '<H2 id="help">') });
    expect(problems).toContain(
      `${ZOOM_SV} › section ids: differ from ${ZOOM_DA}; missing: support; extra: help. Hint: use the same <H2 id>/<H3 id> in the same order in every language`,
    );
  });

  it('reports a Markdown heading without a stable id and an unknown component', async () => {
    const problems = await problemsAfter({ [ZOOM_DA]: (t) => `${t}\n## Ny sektion\n\n<Box>tekst</Box>\n` });
    expect(problems).toEqual([
      expect.stringMatching(
        /› body \(line \d+\): Markdown heading without a stable id\. Hint: write <H2 id="kebab-id">/,
      ),
      expect.stringMatching(/› body \(line \d+\): unknown component <Box>\. Hint: use one of: H2, H3, Callout/),
    ]);
  });

  it('reports every problem at once, across files', async () => {
    const problems = await problemsAfter({
      [ZOOM_DA]: replaceOnce(/^nextReview:.*$/m, 'nextReview: soon'),
      [TEAMS]: replaceOnce(/^kind: .*$/m, 'kind: app'),
      'content/organisations/region-halland.yaml': replaceOnce(/^country: SE$/m, 'country: Sweden'),
    });
    expect(problems).toHaveLength(3);
  });

  it('reports a YAML syntax error with its line', async () => {
    const problems = await problemsAfter({ [TEAMS]: replaceOnce(/^vendor: .*$/m, 'vendor: "Microsoft') });
    expect(problems[0]).toMatch(/^content\/tools\/teams\.yaml › line \d+: YAML syntax error/);
  });
});
