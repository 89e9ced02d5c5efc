/**
 * The build's change history for the pages and feeds: read from .generated/history.json, which the
 * build's `history` phase writes once (scripts/history.ts); computed here only where that file is
 * missing (dev, unit tests), once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeHistory, type HistoryData } from './build';

export const historyFile = '.generated/history.json';

let cached: HistoryData | undefined;

export function getHistory(root = process.cwd()): HistoryData {
  if (cached) return cached;
  const file = join(root, historyFile);
  cached = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as HistoryData) : computeHistory(root);
  return cached;
}
