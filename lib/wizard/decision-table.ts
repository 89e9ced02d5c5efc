/**
 * The decision table of one organisation, for policy owners: every purpose × information class,
 * with every tool the policy decides somewhere and every function. Each cell points to the
 * passages its verdict rests on, numbered once for the whole page (many rules reach several purposes).
 */
import type { Locale } from '@/lib/i18n/routing';
import { citationView, type CitationView } from '@/lib/content/citation-view';
import { toolName } from '@/lib/content/queries';
import { decide } from './engine';
import { citationKey, type Citation, type Policy } from './schema';
import {
  purposeIds,
  dataClassIds,
  toolIds,
  needIds,
  type DataClassId,
  type NeedId,
  type PurposeId,
  type ToolId,
  type Verdict,
} from '@/lib/vocabulary';

export interface TableCell {
  data: DataClassId;
  verdict: Verdict;
  /** Numbers (1-based) of the passages in the table's `notes`. */
  notes: number[];
}
export interface TableRow {
  kind: 'tool' | 'need';
  id: string;
  cells: TableCell[];
}
export interface PurposeTable {
  purpose: PurposeId;
  rows: TableRow[];
}

export function decisionTable(policy: Policy): {
  tables: PurposeTable[];
  /** Passage n is notes[n - 1]. */
  notes: Citation[];
  neverDecided: string[];
} {
  const outcomes = purposeIds.map((purpose) =>
    dataClassIds.map((data) => decide(policy, { organisation: policy.organisation, purpose, data })),
  );
  const decided = toolIds.filter((tool) =>
    outcomes.flat().some((o) => o.tools.find((d) => d.subject === tool)!.verdict !== 'not-assessed'),
  );
  const notes: Citation[] = [];
  const number = (c: Citation) => {
    const at = notes.findIndex((n) => citationKey(n) === citationKey(c));
    if (at >= 0) return at + 1;
    notes.push(c);
    return notes.length;
  };
  const tables = purposeIds.map((purpose, p): PurposeTable => {
    const row = (kind: 'tool' | 'need', id: string): TableRow => ({
      kind,
      id,
      cells: outcomes[p]!.map((o) => {
        const d = (kind === 'tool' ? o.tools : o.needs).find((x) => x.subject === id)!;
        return { data: o.situation.data, verdict: d.verdict, notes: d.citations.map(number) };
      }),
    });
    return {
      purpose,
      rows: [...decided.map((id) => row('tool', id)), ...needIds.map((id) => row('need', id))],
    };
  });
  return { tables, notes, neverDecided: toolIds.filter((t) => !decided.includes(t)) };
}

/** A row as the page shows it: with the tool's or the function's name. */
export interface TableRowView extends TableRow {
  name: string;
}

/**
 * The decision table as one page shows it: rows named, passages as citation views (link and
 * quote), the never-decided tools by name. `needName` words a function in the page's language.
 */
export function decisionTableView(
  policy: Policy,
  locale: Locale,
  needName: (id: NeedId) => string,
): {
  tables: { purpose: PurposeId; rows: TableRowView[] }[];
  notes: CitationView[];
  neverDecided: string[];
} {
  const { tables, notes, neverDecided } = decisionTable(policy);
  const name = (row: TableRow) => (row.kind === 'tool' ? toolName(row.id as ToolId) : needName(row.id as NeedId));
  return {
    tables: tables.map(({ purpose, rows }) => ({ purpose, rows: rows.map((row) => ({ ...row, name: name(row) })) })),
    notes: notes.map((c) => citationView(locale, c)),
    neverDecided: neverDecided.map((id) => toolName(id as ToolId)),
  };
}
