import { toolsNamedIn, type NamedTool } from '@/lib/search/tool-names';
import type { Section } from './mdx-outline';
import type { Tool } from './schema';

type ToolNames = Pick<Tool, 'id' | 'name' | 'aliases'>;
const named = (tool: ToolNames): NamedTool => ({ id: tool.id, names: [tool.name, ...tool.aliases] });

/**
 * Whether a section of a guideline names the tool: by a <Tool> link, or by its name or an alias as
 * whole words, by the one rule the search uses too (a longer name wins where it stands, so "Skype
 * for Business" does not name consumer Skype). `tools` are all tools, so that longer names compete.
 */
export function namesTool(section: Section, tool: ToolNames, tools: readonly ToolNames[]): boolean {
  return toolsNamedBy(section, tools).has(tool.id);
}

/** Every tool a section names, by the same rule: the answer to `namesTool` for all tools at once. */
export function toolsNamedBy(section: Section, tools: readonly ToolNames[]): ReadonlySet<string> {
  return new Set([...section.tools, ...toolsNamedIn(section.text, tools.map(named))]);
}
