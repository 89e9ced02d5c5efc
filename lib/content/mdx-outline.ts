/**
 * The structure of a guideline's MDX body, read from its tree (lib/content/mdx-tree.ts): section
 * headings with their stable ids, the tool and glossary ids it refers to, the components it uses,
 * and the words of each section. Shared by the validator and by contentlayer's computed fields,
 * so that the table of contents, the tool pages and the checks see the same thing.
 */
import { toString } from 'mdast-util-to-string';
import { parseMdx, isJsx, attribute, lineOf, type Node, type Parent } from './mdx-tree';

export interface Heading {
  level: 2 | 3;
  id: string;
  text: string;
  line: number;
}
export interface Reference {
  kind: 'Tool' | 'Term';
  id: string;
  line: number;
}
/** From one heading (H2 or H3) to the next: what the tool pages search for mentions. */
export interface Section {
  id: string;
  /** Its words, the heading's included, with the text of attributes (`title`, `term`). */
  text: string;
  /** Ids of the <Tool> links in it. */
  tools: string[];
}
export interface Outline {
  headings: Heading[];
  references: Reference[];
  /** Every capitalised component (<Callout>, <Box> …), where it opens. */
  components: { name: string; line: number }[];
  /** Lines of Markdown headings (`## …`): not allowed, they would get ids from translated text. */
  markdownHeadings: number[];
  sections: Section[];
}

/** Attributes whose text the reader sees. */
const SHOWN_ATTRIBUTES = ['title', 'term'];

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The outline of an MDX body (or its tree); throws on an MDX syntax error. */
export function outlineOf(body: string | Parent): Outline {
  const outline: Outline = { headings: [], references: [], components: [], markdownHeadings: [], sections: [] };
  /** The section being read, with its words so far. */
  let current: { section: Section; words: string[] } | undefined;
  const finish = () => {
    // Words are joined with a space: markup between two words never glues them into one.
    if (current) current.section.text = clean(current.words.join(' '));
  };
  const visit = (node: Node) => {
    const line = lineOf(node);
    if (node.type === 'heading') outline.markdownHeadings.push(line);
    if ('value' in node && typeof node.value === 'string') current?.words.push(node.value);
    if (isJsx(node) && node.name) {
      const { name } = node;
      const id = attribute(node, 'id');
      if (/^[A-Z]/.test(name)) outline.components.push({ name, line });
      if (name === 'H2' || name === 'H3') {
        finish();
        outline.headings.push({ level: name === 'H2' ? 2 : 3, id: id ?? '', text: clean(toString(node)), line });
        current = { section: { id: id ?? '', text: '', tools: [] }, words: [] };
        outline.sections.push(current.section);
      }
      if ((name === 'Tool' || name === 'Term') && id !== undefined) {
        outline.references.push({ kind: name, id, line });
        if (name === 'Tool') current?.section.tools.push(id);
      }
      for (const shown of SHOWN_ATTRIBUTES) {
        const value = attribute(node, shown);
        if (value) current?.words.push(value);
      }
    }
    if ('children' in node) (node as Parent).children.forEach(visit);
  };
  visit(typeof body === 'string' ? parseMdx(body) : body);
  finish();
  return outline;
}

/**
 * What each section's link repeats: the heading's text, or, where two headings of a guideline read
 * the same (Lillehammer's two "Gjennomføringen av møtet"), the heading before it and its text
 * ("Videokonsultasjoner … › Gjennomføringen av møtet"), so that no two links on a page share a
 * name but lead to different sections.
 */
export function sectionNames(headings: readonly Heading[]): Map<string, string> {
  const times = new Map<string, number>();
  for (const h of headings) times.set(h.text, (times.get(h.text) ?? 0) + 1);
  return new Map(
    headings.map((h, i) => {
      const before = headings[i - 1];
      return [h.id, times.get(h.text)! > 1 && before ? `${before.text} › ${h.text}` : h.text];
    }),
  );
}
