import type { Section } from './mdx-outline';
import type { Tool } from './schema';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a section of a guideline names the tool: by a <Tool> link, or by its name or an alias as
 * a whole word, case-insensitively. "Skype" followed by "for Business" names another tool.
 */
export function namesTool(section: Section, tool: Pick<Tool, 'id' | 'name' | 'aliases'>): boolean {
  return (
    section.tools.includes(tool.id) ||
    [tool.name, ...tool.aliases].some((name) =>
      new RegExp(`(^|[^\\p{L}])${escape(name.toLowerCase())}(?!\\s+for\\s+business)($|[^\\p{L}])`, 'iu').test(
        section.text,
      ),
    )
  );
}
