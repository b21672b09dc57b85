/**
 * An article body's HTML tree (hast, with MDX's nodes) reduced to what `check/bodyMarkupRules.ts`
 * allows, before any code is generated from it: the page renderer's own guard, so a body that
 * never went through the checker (the dev server, a bypassed check, a checker bug) still cannot
 * run code or add markup.
 *
 * Rules:
 * - Removed with everything inside: `import`/`export` blocks, `{…}` expressions, comments, raw
 *   HTML, and every element an editor wrote that is neither a Tally component nor an allowed
 *   HTML element (`<script>`, `<style>`, `<iframe>`, `<div>` …).
 * - Removed from the elements kept: spread attributes, attributes written as expressions, and
 *   attributes the rules do not list (`onerror`, `style`); a component keeps only a text `id` (one
 *   without it is removed) and loses anything between its tags.
 * - Elements Markdown made (paragraphs, links, tables, footnotes …) keep their attributes but
 *   event handlers and styles, and lose a link or image target the rules refuse (`javascript:`,
 *   `data:`): the link stays as text, the image goes.
 * - Nesting deeper than `RENDER_NESTING` is refused with an error: compiling and rendering it
 *   would overflow the stack.
 */
import {
  attributeProblem,
  COMPONENT_ATTRIBUTES,
  holdsWords,
  isAllowedElement,
  isTallyComponent,
  linkTargetProblem,
} from '../check/bodyMarkupRules.ts';
import type { JsxAttribute } from '../check/bodyMarkupRules.ts';
import { LIMITS } from '../check/limits.ts';

/** The checker's limit, with room for the levels Markdown adds in HTML (table sections, footnotes). */
export const RENDER_NESTING = LIMITS.nesting + 16;

/** A node of the tree as Sätteri hands it to a plugin, as far as the rules read it. */
export interface BodyNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  name?: string | null;
  attributes?: JsxAttribute[];
  value?: string;
  children?: BodyNode[];
  [other: string]: unknown;
}

/** Elements Markdown (with GitHub's extensions) makes. */
const MARKDOWN_ELEMENTS = new Set([
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
  'input',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'strong',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Properties whose value is an address the browser follows or loads. */
const ADDRESS_PROPERTIES: Readonly<Record<string, 'link' | 'image'>> = { href: 'link', src: 'image' };

/** Properties no element of the body may carry, whoever made it. */
const REFUSED_PROPERTY = /^(?:on|style$|srcdoc$|srcset$|formaction$|action$)/i;

export interface SanitizedTree {
  root: BodyNode;
  /** What was removed, one short phrase each (`<script>`, `{…}`, `onerror`): empty for a clean body. */
  removed: string[];
}

/** The whole tree, sanitized; refuses one nested deeper than `RENDER_NESTING`. */
export function sanitizeBodyTree(root: BodyNode): SanitizedTree {
  assertShallow(root);
  const removed: string[] = [];
  return { root: { ...root, children: sanitizeChildren(root.children ?? [], removed) }, removed };
}

/** One node and everything in it, sanitized: `node` undefined when it goes as a whole. */
export function sanitizeBodyNode(node: BodyNode): { node?: BodyNode; removed: string[] } {
  const removed: string[] = [];
  return { node: sanitizeNode(node, removed), removed };
}

/**
 * Whether `node` itself is within the rules, not looking inside it: true of nearly every node of
 * a body, so a compile checks each node once and sanitizes only the few that are not.
 */
export function isInertNode(node: BodyNode): boolean {
  switch (node.type) {
    case 'text':
      return true;
    case 'element':
      return (
        MARKDOWN_ELEMENTS.has(node.tagName ?? '') &&
        Object.entries(node.properties ?? {}).every(([name, value]) => !isRefusedProperty(name, value))
      );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      if (!isAllowedElement(name)) return false;
      if (!(node.attributes ?? []).every((attribute) => isAllowedAttribute(name, attribute))) return false;
      return !isTallyComponent(name) || (hasTextId(node) && (holdsWords(name) || (node.children ?? []).length === 0));
    }
    default:
      return false;
  }
}

function sanitizeChildren(children: readonly BodyNode[], removed: string[]): BodyNode[] {
  return children.flatMap((child) => {
    const kept = sanitizeNode(child, removed);
    return kept ? [kept] : [];
  });
}

function sanitizeNode(node: BodyNode, removed: string[]): BodyNode | undefined {
  switch (node.type) {
    case 'text':
      return node;
    case 'element':
      return sanitizeMarkdownElement(node, removed);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return sanitizeWrittenElement(node, removed);
    default:
      // Expressions, import/export, raw HTML, comments, doctypes, and any kind not known here.
      removed.push(node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' ? '{…}' : node.type);
      return undefined;
  }
}

/** An event handler or style on any element, or an address the rules refuse. */
function isRefusedProperty(name: string, value: unknown): boolean {
  const kind = ADDRESS_PROPERTIES[name];
  return (
    REFUSED_PROPERTY.test(name) ||
    (kind !== undefined && (typeof value !== 'string' || !!linkTargetProblem(value, kind)))
  );
}

/** An attribute the rules allow on `<element>`, written as text. */
function isAllowedAttribute(element: string, attribute: JsxAttribute): boolean {
  return (
    attributeProblem(element, attribute) === undefined &&
    attribute.type === 'mdxJsxAttribute' &&
    (attribute.value === undefined || attribute.value === null || typeof attribute.value === 'string')
  );
}

/** Whether a component names what it shows in text: `id="…"`, or a `<Claim>`'s `fact="…"`. */
function hasTextId(node: BodyNode): boolean {
  const key = isTallyComponent(node.name) ? COMPONENT_ATTRIBUTES[node.name].names : 'id';
  return (node.attributes ?? []).some(
    (attribute) =>
      attribute.type === 'mdxJsxAttribute' && attribute.name === key && typeof attribute.value === 'string',
  );
}

function sanitizeMarkdownElement(node: BodyNode, removed: string[]): BodyNode | undefined {
  const tagName = node.tagName ?? '';
  if (!MARKDOWN_ELEMENTS.has(tagName)) {
    removed.push(`<${tagName}>`);
    return undefined;
  }
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (isRefusedProperty(name, value)) removed.push(name);
    else properties[name] = value;
  }
  // An image whose address was refused has nothing to show.
  if (tagName === 'img' && properties.src === undefined) return undefined;
  return { ...node, properties, children: sanitizeChildren(node.children ?? [], removed) };
}

function sanitizeWrittenElement(node: BodyNode, removed: string[]): BodyNode | undefined {
  const name = node.name;
  if (!isAllowedElement(name)) {
    removed.push(`<${name ?? ''}>`);
    return undefined;
  }
  const attributes = (node.attributes ?? []).filter((attribute) => {
    const allowed = isAllowedAttribute(name, attribute);
    if (!allowed) removed.push(attribute.type === 'mdxJsxAttribute' ? attribute.name : '{...}');
    return allowed;
  });
  if (isTallyComponent(name)) {
    // Without an id written as text the component has nothing to show: it goes, rather than fail.
    if (!hasTextId({ ...node, attributes })) {
      const key = COMPONENT_ATTRIBUTES[name].names;
      removed.push(`<${name}> without ${key === 'id' ? 'an id' : `a ${key}`}`);
      return undefined;
    }
    if (holdsWords(name)) return { ...node, attributes, children: sanitizeChildren(node.children ?? [], removed) };
    if ((node.children ?? []).length > 0) removed.push(`<${name}>'s content`);
    return { ...node, attributes, children: [] };
  }
  return { ...node, attributes, children: sanitizeChildren(node.children ?? [], removed) };
}

/** Refuses a tree nested deeper than `RENDER_NESTING`, walked without recursion. */
function assertShallow(root: BodyNode): void {
  const stack: [BodyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > RENDER_NESTING) {
      throw new Error(`too deep: the text is nested more than ${RENDER_NESTING} levels (lists, quotes, elements)`);
    }
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
}
