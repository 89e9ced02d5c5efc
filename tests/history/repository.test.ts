/**
 * The "done when": a policy change in a temporary repository (a rule narrowed, with its
 * change note) shows as a verdict diff on the organisation page and as an entry in both feeds,
 * which parse as Atom. And where there is no history (an archive), it still works and says so.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'yaml';
import { computeHistory, type HistoryData } from '@/lib/history/build';
import { atomFeed } from '@/lib/history/feed';
import { organisationUpdates } from '@/lib/history/view';
import { UpdatesSection } from '@/components/history/Updates';
import { policySchema } from '@/lib/wizard/schema';
import { policyRulesetHash } from '@/lib/wizard/ruleset-hash';
import { absoluteUrl } from '@/lib/site';

const FILE = 'content/rules/region-halland.yaml';
const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-C', root, '-c', 'user.name=test', '-c', 'user.email=test@local', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Narrows Region Halland's own-applications rule (no longer for consultations) and notes it. */
function narrowRule(root: string) {
  const text = readFileSync(join(root, FILE), 'utf8');
  const narrowed = text.replace(
    'purposes: [colleagues, case-conference, consultation]',
    'purposes: [colleagues, case-conference]',
  );
  const hash = policyRulesetHash(policySchema.parse(parse(narrowed, { merge: true })));
  const note =
    `  - date: "2026-11-26"\n    ruleset: "${hash}"\n    note:\n      da: "Regionens egne applikationer gælder ikke længere videokonsultationer."\n` +
    `      sv: "Regionens egna applikationer gäller inte längre videokonsultationer."\n` +
    `      nb: "Regionens egne applikasjoner gjelder ikke lenger videokonsultasjoner."\n\nrules:`;
  writeFileSync(join(root, FILE), narrowed.replace(/^rules:/m, note));
}

function renderUpdates(history: HistoryData) {
  const org = history.organisations.find((o) => o.id === 'region-halland')!;
  const updates = organisationUpdates('da', org, history.toolNames);
  return renderToStaticMarkup(
    createElement(UpdatesSection, {
      locale: 'da',
      updates,
      intro: 'policyIntro',
      feedHref: '/da/organisations/region-halland/feed.xml',
    }),
  );
}

describe('a narrowed rule in a repository with history', () => {
  let root: string;
  let history: HistoryData;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'history-repo-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'first published');
    narrowRule(root);
    git(root, 'commit', '-q', '-am', 'narrow a rule');
    history = computeHistory(root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the decisions the note moved', () => {
    const halland = history.organisations.find((o) => o.id === 'region-halland')!;
    expect(halland.notes.map((n) => n.history)).toEqual(['first', 'available']);
    const changes = halland.notes[1]!.changes;
    // Nothing else in the policy decides these tools for consultations: the source is silent there.
    expect(changes).toContainEqual(
      expect.objectContaining({
        purpose: 'consultation',
        data: 'sensitive',
        kind: 'tool',
        subject: 'teams',
        before: 'allowed',
        after: 'not-assessed',
      }),
    );
    expect(changes).toHaveLength(9);
    expect(changes.every((c) => c.purpose === 'consultation' && c.before === 'allowed')).toBe(true);
    // The other organisations did not change.
    expect(history.organisations.filter((o) => o.id !== 'region-halland').every((o) => o.notes.length === 1)).toBe(
      true,
    );
  });

  it('shows the diff on the organisation page, newest note first', () => {
    const html = renderUpdates(history);
    expect(html).toContain('id="updates"');
    expect(html.indexOf('id="update-2"')).toBeLessThan(html.indexOf('id="update-1"'));
    expect(html).toContain('9 afgørelser ændrede sig:');
    expect(html).toContain('Videokonsultation · Helbredsoplysninger');
    expect(html).toMatch(/Microsoft Teams<\/td><td[^>]*>.*Tilladt.*→.*<\/td>/);
    expect((html.match(/data-change="allowed&gt;/g) ?? []).length).toBe(9);
  });

  it('adds the entry, with the changed verdicts, to the site feed and the organisation feed', async () => {
    for (const xml of [atomFeed(history, 'sv'), atomFeed(history, 'sv', 'region-halland')]) {
      const feed = parseFeed(xml);
      const entry = feed.items.find((i) => i.url === absoluteUrl('/sv/organisations/region-halland/#update-2'));
      expect(entry?.id).toBe(absoluteUrl('/sv/organisations/region-halland/#update-2'));
      expect(entry?.title).toBe(
        'Region Halland, regler: Regionens egna applikationer gäller inte längre videokonsultationer.',
      );
      expect(entry?.updated?.toISOString()).toBe('2026-11-26T00:00:00.000Z');
      expect(entry?.content).toContain('9 beslut ändrades:');
      expect(entry?.content).toContain('Microsoft Teams, Tillåtet → Inte bedömt');
      // Newest first: the narrowed rule's note leads.
      expect(feed.items[0]?.url).toBe(entry?.url);
    }
    const orgFeed = parseFeed(atomFeed(history, 'sv', 'region-halland'));
    expect(orgFeed.items.every((i) => /\/sv\/(organisations|guidelines)\/region-halland\//.test(i.url ?? ''))).toBe(
      true,
    );
    const siteFeed = parseFeed(atomFeed(history, 'sv'));
    expect(siteFeed.items.length).toBeGreaterThan(orgFeed.items.length);
  });
});

describe('a checkout without history (an archive)', () => {
  it('still computes, and the page says the history is not available', () => {
    const root = mkdtempSync(join(tmpdir(), 'history-archive-'));
    try {
      cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
      narrowRule(root);
      const history = computeHistory(root);
      const halland = history.organisations.find((o) => o.id === 'region-halland')!;
      expect(halland.notes.map((n) => n.history)).toEqual(['first', 'not-available']);
      expect(renderUpdates(history)).toContain('portalens historik var ikke tilgængelig');
      expect(parseFeed(atomFeed(history, 'da', 'region-halland')).items[0]?.content).toContain(
        'portalens historik var ikke tilgængelig',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
