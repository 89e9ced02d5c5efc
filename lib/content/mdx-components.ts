/**
 * What a guideline's MDX may contain besides Markdown: exactly the components documented in
 * docs/content-format.md and rendered by components/mdx/content-components.tsx, with their
 * attributes. Everything else MDX can express is refused here, before the build: raw HTML
 * (`<script>`, `<style>`, `<iframe>`, `<img>` would reach the page), `{…}` expressions and
 * `import`/`export` (MDX runs them as JavaScript), and Markdown images (no guideline has one;
 * an outside image would leak the reader's visit).
 */
import { isJsx, lineOf, type JsxNode, type Node, type Parent } from './mdx-tree';

interface ComponentSpec {
  /** Every attribute the component reads. */
  attributes?: readonly string[];
  /** Attributes it cannot do without. */
  required?: readonly string[];
  /** Attributes with a closed set of values. */
  values?: Readonly<Record<string, readonly string[]>>;
}

export const documentedComponents = {
  H2: { attributes: ['id'], required: ['id'] },
  H3: { attributes: ['id'], required: ['id'] },
  Callout: { attributes: ['kind', 'title'], values: { kind: ['note', 'warning', 'recommendation', 'example'] } },
  Checklist: { attributes: ['id', 'title'], required: ['id'] },
  Check: {},
  Steps: {},
  Definitions: {},
  Definition: { attributes: ['term'], required: ['term'] },
  Missing: {},
  LostLink: {},
  Term: { attributes: ['id'], required: ['id'] },
  Tool: { attributes: ['id'], required: ['id'] },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof documentedComponents;
export const mdxComponentNames = Object.keys(documentedComponents) as ComponentName[];

/** One refused piece of the body, at a line of the body. */
export interface Refusal {
  line: number;
  problem: string;
  hint: string;
}

const components = `use one of: ${mdxComponentNames.join(', ')}`;
const short = (text: string) => {
  const line = text.split('\n')[0]!.trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

/** What to write instead of an HTML element. */
function htmlHint(name: string): string {
  if (/^h[1-6]$/.test(name))
    return 'write <H2 id="kebab-id">Text</H2> or <H3 id="…">, with the same id in every language';
  if (name === 'a') return 'write a Markdown link: [text](https://…) or [text](/da/…)';
  if (name === 'img') return 'guidelines have no images: describe it in words, or link to it with [text](https://…)';
  return `the site renders no raw HTML: write Markdown, or ${components}`;
}

function attributeRefusals(node: JsxNode, name: ComponentName): Omit<Refusal, 'line'>[] {
  const spec: ComponentSpec = documentedComponents[name];
  const allowed = spec.attributes ?? [];
  const refusals: Omit<Refusal, 'line'>[] = [];
  const present = new Set<string>();
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
      refusals.push({
        problem: `<${name}> has an attribute expression {…}`,
        hint: `write attributes as name="text"${allowed.length ? `: ${allowed.join(', ')}` : ''}`,
      });
      continue;
    }
    if (typeof a.value === 'string' && a.value !== '') present.add(a.name);
    if (!allowed.includes(a.name)) {
      refusals.push({
        problem: `<${name}> has no attribute "${a.name}"`,
        hint: allowed.length ? `use: ${allowed.join(', ')}` : `remove it: <${name}> takes no attributes`,
      });
    } else if (a.value !== null && typeof a.value === 'object') {
      refusals.push({
        problem: `<${name}> ${a.name} is an expression {…}`,
        hint: `write the value in quotes: ${a.name}="…"`,
      });
    } else if (spec.values?.[a.name] && !spec.values[a.name]!.includes(String(a.value))) {
      refusals.push({
        problem: `<${name}> ${a.name}="${String(a.value)}" is not allowed`,
        hint: `use one of: ${spec.values[a.name]!.join(', ')}`,
      });
    }
  }
  for (const attribute of spec.required ?? []) {
    if (!present.has(attribute))
      refusals.push({ problem: `<${name}> has no ${attribute}`, hint: `add ${attribute}="…"` });
  }
  return refusals;
}

/** Everything in an MDX tree that is not Markdown or a documented component, where it opens. */
export function refusedElements(tree: Parent): Refusal[] {
  const refusals: Refusal[] = [];
  const refuse = (node: Node, refusal: Omit<Refusal, 'line'>) => refusals.push({ line: lineOf(node), ...refusal });
  const visit = (node: Node) => {
    const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
    switch (node.type) {
      case 'mdxjsEsm':
        return refuse(node, {
          problem: `"${short(value)}": import and export are not allowed`,
          hint: `remove it: a guideline is Markdown and the components of docs/content-format.md`,
        });
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return refuse(node, {
          problem: `the expression {${short(value)}} is not allowed`,
          hint: 'MDX would run it as JavaScript: write \\{ and \\} for braces in text',
        });
      case 'image':
      case 'imageReference':
        return refuse(node, { problem: 'an image is not allowed', hint: htmlHint('img') });
    }
    if (isJsx(node)) {
      const { name } = node;
      if (name === null)
        return refuse(node, { problem: 'the fragment <>…</> is not allowed', hint: 'remove <> and </>' });
      if (/^[a-z][\w-]*$/.test(name))
        return refuse(node, { problem: `the HTML element <${name}> is not allowed`, hint: htmlHint(name) });
      if (!(mdxComponentNames as string[]).includes(name))
        return refuse(node, { problem: `unknown component <${name}>`, hint: components });
      attributeRefusals(node, name as ComponentName).forEach((r) => refuse(node, r));
    }
    if ('children' in node) (node as Parent).children.forEach(visit);
  };
  visit(tree);
  return refusals;
}
