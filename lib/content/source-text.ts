/**
 * The words of a guideline as a reader sees them, for checking quotes and finding normative
 * sentences: the MDX body parsed (not compiled) into text units (paragraphs, list items, table
 * cells, checklist items, definitions), each tagged with the sections it stands in. Markup, link
 * targets and component names are dropped; the text of `title` and `term` attributes is kept.
 */
import { toString } from 'mdast-util-to-string';
import { parseMdx, isJsx, attribute, lineOf, type JsxNode, type Node, type Parent } from './mdx-tree';

export interface TextUnit {
  text: string;
  /** 1-based line in the body. */
  line: number;
  /** Ids of the sections the unit stands in: its H2 and, under an H3, the H3 too. */
  sections: string[];
}

const BLOCKS = new Set(['tableCell', 'heading', 'code']);
/** Components that hold one item each (a checklist item, a definition). */
const ITEMS = new Set(['Check', 'Definition']);
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'inlineCode',
  'link',
  'break',
  'delete',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);
/** Components whose content is the portal's, not the source's. */
const PORTAL_ONLY = new Set(['Missing']);

/** The text units of an MDX body (or of its tree, parsed once by the caller). */
export function textUnits(body: string | Parent): TextUnit[] {
  const tree = typeof body === 'string' ? parseMdx(body) : body;
  const units: TextUnit[] = [];
  let h2: string | undefined;
  let h3: string | undefined;
  const sections = () => [h2, h3].filter((s): s is string => s !== undefined);
  const push = (text: string, line: number) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) units.push({ text: clean, line, sections: sections() });
  };

  const heading = (node: JsxNode) => {
    const id = attribute(node, 'id');
    if (node.name === 'H2') [h2, h3] = [id, undefined];
    else h3 = id;
  };
  const attributes = (node: JsxNode) => {
    for (const name of ['title', 'term']) {
      const value = attribute(node, name);
      if (value) push(value, lineOf(node));
    }
  };
  // A paragraph may hold a heading component, or several items (<Check>, <Definition>) written on
  // consecutive lines: each becomes its own unit, so that sentences never run across items.
  const paragraph = (node: Parent) => {
    let text = '';
    let line = lineOf(node);
    const flush = () => {
      push(text, line);
      text = '';
    };
    for (const child of node.children) {
      if (isJsx(child) && (child.name === 'H2' || child.name === 'H3')) {
        flush();
        heading(child);
      } else if (isJsx(child) && child.name && ITEMS.has(child.name)) {
        flush();
        attributes(child);
        push(toString(child), lineOf(child));
        line = child.position?.end.line ?? line;
      } else if (!(isJsx(child) && child.name && PORTAL_ONLY.has(child.name))) {
        if (!text.trim()) line = lineOf(child);
        text += toString(child);
      }
    }
    flush();
  };

  const visit = (node: Node) => {
    if (isJsx(node)) {
      if (node.name === 'H2' || node.name === 'H3') return heading(node);
      if (node.name && PORTAL_ONLY.has(node.name)) return;
      attributes(node);
      if (node.type === 'mdxJsxFlowElement' && node.children.every((c) => PHRASING.has(c.type))) {
        paragraph(node);
        return;
      }
    }
    if (node.type === 'paragraph') return paragraph(node as Parent);
    if (BLOCKS.has(node.type)) return push(toString(node), lineOf(node));
    if ('children' in node) (node as Parent).children.forEach(visit);
  };
  visit(tree);
  return units;
}

/** The units of one section (an H2 includes its H3 subsections). */
export function sectionUnits(units: TextUnit[], section: string): TextUnit[] {
  return units.filter((u) => u.sections.includes(section));
}
