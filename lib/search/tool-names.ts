/**
 * Which tools a text names: the one rule for the search's tool cards and for the tool mentions in
 * the guidelines. A name counts as whole words only, and a longer name wins where it stands:
 * "Skype for Business" names Skype for Business, not also (consumer) Skype; "Skype and Skype for
 * Business" names both.
 */

export interface NamedTool<Id extends string = string> {
  id: Id;
  /** The tool's name and aliases (any case). */
  names: readonly string[];
}

/** Lower case, letters and digits only, words separated by one space. */
export const normaliseName = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The ids of the tools named in `text`, in the order of `tools`. */
export function toolsNamedIn<Id extends string>(text: string, tools: readonly NamedTool<Id>[]): Id[] {
  const names = tools
    .flatMap((tool) => tool.names.map((name) => ({ id: tool.id, name: ` ${normaliseName(name)} ` })))
    .filter((n) => n.name.trim().length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  // Longest names first; each occurrence found is blanked so a shorter name cannot match inside it.
  let rest = ` ${normaliseName(text)} `;
  const found = new Set<Id>();
  // A name two tools share (e.g. an alias like "Pexip") names both: the text does not say which.
  for (const { name } of names) {
    if (!rest.includes(name)) continue;
    for (const n of names) if (n.name === name) found.add(n.id);
    rest = rest.split(name).join(' | ');
  }
  return tools.filter((tool) => found.has(tool.id)).map((tool) => tool.id);
}

/** The tools a search query names; none for a query under three characters. */
export function matchTools<T extends NamedTool>(tools: readonly T[], query: string): T[] {
  if (normaliseName(query).length < 3) return [];
  const named = new Set(toolsNamedIn(query, tools));
  return tools.filter((t) => named.has(t.id));
}
