// The build's history phase: every policy change note with the decisions it moved (from the git
// history, where there is one) and every guideline's notes, written once to .generated/history.json
// for the pages and feeds (lib/history/load.ts).   npx tsx scripts/history.ts [root]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { computeHistory } from '../lib/history/build';
import { historyFile } from '../lib/history/load';

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
const history = computeHistory(root);
const file = join(root, historyFile);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(history, null, 1)}\n`);
const notes = history.organisations.flatMap((o) => o.notes);
const missing = notes.filter((n) => n.history === 'not-available').length;
console.log(
  `✓ history (${Math.round(performance.now() - started)} ms): ${notes.length} policy change note(s), ` +
    `${notes.reduce((n, x) => n + x.changes.length, 0)} changed decision(s)` +
    (missing ? `; ${missing} note(s) without history (no repository history for them)` : '') +
    (history.organisations.some((o) => !o.historyRead) ? '; git history not available' : ''),
);
