/**
 * The one MDX parser of the content code: remark with the MDX and GFM syntax the site compiles
 * the pages with. The checks, the quote finder and contentlayer's computed fields all read the
 * tree it returns, so that they see the page as it is rendered, not its source text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Node, Parent } from 'unist';

export type { Node, Parent };

/** A component in the page: `<H2 id="…">`, `<Tool id="…">`, `<Callout kind="…">` … */
export interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  /** Null for a fragment (`<>`). */
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The mdast tree of an MDX body; throws on a syntax error (reported by the content check). */
export function parseMdx(body: string): Parent {
  return processor.parse(body) as Parent;
}

export const isJsx = (n: Node): n is JsxNode => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** A string attribute's value (an expression attribute `{…}` counts as absent). */
export const attribute = (n: JsxNode, name: string): string | undefined => {
  const a = n.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

/** 1-based line in the body where the node starts. */
export const lineOf = (n: Node) => n.position?.start.line ?? 1;
