/**
 * The decision table of one organisation, for policy owners: every purpose × information class,
 * with every tool the policy decides somewhere and every function. Each cell points to the
 * passages its verdict rests on, numbered once for the whole page (many rules reach several purposes).
 */
import { decide } from './engine';
import { citationKey, type Citation, type Policy } from './schema';
import {
  purposeIds,
  dataClassIds,
  toolIds,
  needIds,
  type DataClassId,
  type PurposeId,
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
