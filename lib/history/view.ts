/**
 * View data of change notes: the changed decisions with their labels in the page's language, and
 * the entries of the feeds (one per note, guideline or policy, newest first). Pure over HistoryData.
 */
import type { HistoryData, OrganisationHistory } from './build';
import type { PolicyNote } from './policy-history';
import { updatesOf } from './notes';
import { messages } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import type { DecisionChange } from '@/lib/wizard/decision-diff';
import type { NeedId, ToolId, Verdict } from '@/lib/vocabulary';
import type { OrganisationId } from '@/lib/organisations';

export interface ChangeRow {
  /** The situation in words ("Kollegamøde · Ingen personoplysninger") and its outcome page. */
  situation: string;
  href: string;
  subject: string;
  kind: 'tool' | 'need';
  before: Verdict;
  after: Verdict;
  beforeLabel: string;
  afterLabel: string;
}

/** The changed decisions of one organisation's note, labelled in `locale`. */
export function changeRows(
  locale: Locale,
  organisation: OrganisationId,
  changes: readonly DecisionChange[],
  toolNames: Record<ToolId, string>,
): ChangeRow[] {
  const v = messages[locale].Vocabulary;
  return changes.map((c) => ({
    situation: `${v.purpose[c.purpose].short} · ${v.data[c.data].short}`,
    href: localePath(locale, 'wizard', organisation, c.purpose, c.data),
    subject: c.kind === 'tool' ? (toolNames[c.subject as ToolId] ?? c.subject) : v.need[c.subject as NeedId],
    kind: c.kind,
    before: c.before,
    after: c.after,
    beforeLabel: v.verdict[c.before],
    afterLabel: v.verdict[c.after],
  }));
}

/** The anchor of one note on its page: `update-{n}`, n counting from the first note (stable). */
export const noteAnchor = (n: number) => `update-${n}`;

export interface PolicyNoteView extends Omit<PolicyNote, 'note' | 'changes'> {
  note: string;
  anchor: string;
  rows: ChangeRow[];
}

/** An organisation page's updates: published, last updated, and the notes newest first. */
export function organisationUpdates(locale: Locale, org: OrganisationHistory, toolNames: Record<ToolId, string>) {
  const { published, updated, newestFirst } = updatesOf(org.notes);
  const notes: PolicyNoteView[] = newestFirst.map(({ note, changes, ...rest }) => ({
    ...rest,
    note: note[locale],
    anchor: noteAnchor(rest.number),
    rows: changeRows(locale, org.id, changes, toolNames),
  }));
  return { published, updated, notes };
}

/** A guideline page's updates (its notes are in the file's own language). */
export function guidelineUpdates(changes: readonly { date: string; note: string }[]) {
  const numbered = changes.map((note, i) => ({ ...note, number: i + 1, anchor: noteAnchor(i + 1) }));
  const { published, updated, newestFirst } = updatesOf(numbered);
  return { published, updated, notes: newestFirst };
}

export interface FeedEntry {
  /** Site path of the page with the note's anchor. */
  path: string;
  date: string;
  organisation: OrganisationId;
  /** The page's name (organisation or guideline title) and the note. */
  name: string;
  note: string;
  kind: 'policy' | 'guideline';
  history?: PolicyNote['history'];
  rows: ChangeRow[];
}

/** Every note of `locale` (of one organisation, or all), newest first: the feed's entries. */
export function feedEntries(data: HistoryData, locale: Locale, organisation?: OrganisationId): FeedEntry[] {
  const policies = data.organisations
    .filter((o) => !organisation || o.id === organisation)
    .flatMap((o) =>
      o.notes.map((n): FeedEntry => ({
        path: `${localePath(locale, 'organisations', o.id)}#${noteAnchor(n.number)}`,
        date: n.date,
        organisation: o.id,
        name: o.name[locale],
        note: n.note[locale],
        kind: 'policy',
        history: n.history,
        rows: changeRows(locale, o.id, n.changes, data.toolNames),
      })),
    );
  const guidelines = data.guidelines
    .filter((g) => g.locale === locale && (!organisation || g.organisation === organisation))
    .flatMap((g) =>
      g.changes.map((c, i): FeedEntry => ({
        path: `${localePath(locale, 'guidelines', g.organisation, g.slug)}#${noteAnchor(i + 1)}`,
        date: c.date,
        organisation: g.organisation,
        name: g.title,
        note: c.note,
        kind: 'guideline',
        rows: [],
      })),
    );
  // Newest first; on one day, policies before guidelines, then by page: a stable order.
  return [...policies, ...guidelines].sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      (a.kind === b.kind ? 0 : a.kind === 'policy' ? -1 : 1) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
