/** Tool cards for the search page: which tools a query names, by name or alias. */
import type { Verdict } from '@/lib/vocabulary';

export interface ToolCardData {
  id: string;
  name: string;
  /** Lower-case names the card answers to: the name, the id's words and the aliases. */
  names: string[];
  href: string;
  statuses: { organisation: string; organisationName: string; verdict: Verdict; label: string }[];
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Tools whose name or alias appears in the query as whole words ("skype" does not match "Skype for Business" only). */
export function matchTools(tools: ToolCardData[], query: string): ToolCardData[] {
  const q = ` ${normalise(query)} `;
  if (q.trim().length < 3) return [];
  const hits = tools.filter((t) => t.names.some((n) => q.includes(` ${normalise(n)} `)));
  // Prefer the longest name: "skype for business" should not also show consumer Skype.
  return hits.filter(
    (t) =>
      !hits.some(
        (o) =>
          o !== t &&
          o.names.some((on) =>
            t.names.some(
              (tn) =>
                on.length > tn.length && normalise(on).includes(normalise(tn)) && q.includes(` ${normalise(on)} `),
            ),
          ),
      ),
  );
}
