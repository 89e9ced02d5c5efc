/**
 * Change notes, shared by guidelines (front matter `changes`) and policies (`changes` in
 * content/rules): dated, oldest first. Pure.
 */
import type { Problem } from '@/lib/content/problems';

/** Problems of a list of dated notes that is not oldest first (a new note goes at the end). */
export function noteOrderProblems(file: string, dates: readonly string[]): Problem[] {
  return dates.flatMap((date, i) =>
    i > 0 && date < dates[i - 1]!
      ? [
          {
            file,
            field: `changes[${i}].date`,
            problem: `${date} is earlier than the note before it (${dates[i - 1]})`,
            hint: 'keep the notes oldest first and add a new note at the end',
          },
        ]
      : [],
  );
}

/** The date part of what front matter gave (a YAML date may arrive as a full ISO timestamp). */
export const isoDay = (value: string | Date): string =>
  (typeof value === 'string' ? value : value.toISOString()).slice(0, 10);

/** Published (first note), last updated (latest note) and the notes newest first. */
export function updatesOf<N extends { date: string }>(notes: readonly N[]) {
  const sorted = [...notes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    published: sorted[0]?.date,
    updated: sorted.at(-1)?.date,
    newestFirst: [...sorted].reverse(),
  };
}
