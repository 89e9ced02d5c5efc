/**
 * The "done when": a policy change in a temporary repository (a rule narrowed, with its
 * change note) shows as a verdict diff on the organisation page and as an entry in both feeds,
 * which parse as Atom. And where there is no history (an archive), it still works and says so.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { HistoryData } from '@/lib/history/build';
import { atomFeed } from '@/lib/history/feed';
import { absoluteUrl } from '@/lib/site';
import { narrowedHistory } from '../helpers/narrowed-history';
import { renderNarrowedUpdates } from '../helpers/render-narrowed-updates';

describe('a narrowed rule in a repository with history', () => {
  let history: HistoryData;
  beforeAll(() => {
    history = narrowedHistory({ history: true });
  });

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
    const html = renderNarrowedUpdates(history);
    expect(html).toContain('id="updates"');
    expect(html.indexOf('id="update-2"')).toBeLessThan(html.indexOf('id="update-1"'));
    expect(html).toContain('9 afgørelser ændrede sig:');
    expect(html).toContain('Videokonsultation · Helbredsoplysninger');
    expect(html).toMatch(/Microsoft Teams<\/td><td[^>]*>.*Tilladt.*→.*Ikke vurderet/);
    expect((html.match(/data-change="allowed&gt;not-assessed"/g) ?? []).length).toBe(9);
  });

  it('adds the entry, with the changed verdicts, to the site feed and the organisation feed', () => {
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
  it('still computes, and the page and feed say the history is not available', () => {
    const history = narrowedHistory({ history: false });
    const halland = history.organisations.find((o) => o.id === 'region-halland')!;
    expect(halland.notes.map((n) => n.history)).toEqual(['first', 'not-available']);
    expect(renderNarrowedUpdates(history)).toContain('portalens historik var ikke tilgængelig');
    expect(parseFeed(atomFeed(history, 'da', 'region-halland')).items[0]?.content).toContain(
      'portalens historik var ikke tilgængelig',
    );
  });
});
