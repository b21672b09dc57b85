/**
 * An article's MDX body as a component a page renders: `<Content components={…} />`.
 *
 * The body is compiled when its page renders (a quarter of a millisecond with Sätteri, the
 * compiler `@astrojs/mdx` uses), not bundled by Vite as a module of its own (about 10 ms an
 * article, on every build): see `articleLoader.ts`.
 *
 * Rules:
 * - The same Markdown as `@astrojs/mdx` by default: GitHub-flavoured Markdown, smart
 *   punctuation, an id on every heading, HTML attribute names, Astro's JSX runtime.
 * - The component is tagged for `@astrojs/mdx`'s renderer (`astro:jsx`), which renders it as it
 *   renders any MDX module's `Content`.
 * - Editor text never runs as code. The body's tree is reduced to prose, Tally's components and
 *   the allowed HTML before any code is generated from it (`sanitizeBodyTree.ts`: no `{…}`
 *   expression, no `import`/`export`, no other element or attribute), and checked again once
 *   every other plugin has run; what is evaluated is only the compiler's own code building that
 *   tree. The content checker refuses such a body first, with its line; this holds when the
 *   checker was bypassed (the dev server renders a page whatever the check said).
 * - A body that does not compile, or is nested too deep or holds too many tags to compile in
 *   time, stops the build with its file named. The content checker reports both with their line before any page renders, so this is a
 *   last guard.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { __astro_tag_component__ } from 'astro/runtime/server/index.js';
import { defineHastPlugin, mdxToJs, type HastNode, type HastVisitorContext, type MdxToJsResult } from 'satteri';
import { findParserOverload } from '../check/findParserOverload.ts';
import { isInertNode, sanitizeBodyNode, sanitizeBodyTree, type BodyNode } from './sanitizeBodyTree.ts';

type Components = Record<string, unknown>;
type MdxContent = (props: { components?: Components }) => unknown;

/** What `<Content />` takes: the components the body's tags render with. */
export interface ArticleBodyProps {
  components?: Components;
}

/** Marks, in the compile's data, a tree the sanitizer had to change. */
const SANITIZED = 'tallySanitized';

type Visited = Parameters<HastVisitorContext['removeNode']>[0];

/** Leaves a node within the rules as it is; replaces any other with its sanitized copy, or removes it. */
function keepInert(visited: Visited, context: HastVisitorContext): HastNode | void {
  const node = visited as unknown as BodyNode;
  if (isInertNode(node)) return;
  context.data[SANITIZED] = true;
  const { node: kept } = sanitizeBodyNode(node);
  if (kept) return kept as unknown as HastNode;
  context.removeNode(visited);
}

/**
 * Sanitizes the tree before code is generated, node by node: every element, every element an
 * editor wrote, and every kind of node that is never allowed (expressions, import/export, raw
 * HTML, comments). Only the few nodes outside the rules are copied (`sanitizeBodyTree.ts`).
 */
const keepBodyInert = defineHastPlugin({
  name: 'tally-keep-body-inert',
  element: { filter: [], visit: keepInert },
  mdxJsxFlowElement: { filter: [], visit: keepInert },
  mdxJsxTextElement: { filter: [], visit: keepInert },
  mdxFlowExpression: keepInert,
  mdxTextExpression: keepInert,
  mdxjsEsm: keepInert,
  raw: keepInert,
  comment: keepInert,
  doctype: keepInert,
});

/**
 * When the sanitizer changed anything, the whole tree code is made from is read again and
 * refused if anything the rules remove is still in it: the changes are checked, not trusted
 * (a change inside a node another change replaced is dropped, for one). The tree's depth is
 * checked there too.
 */
const assertBodyInert = defineHastPlugin({
  name: 'tally-assert-body-inert',
  before(root, context) {
    if (context.data[SANITIZED] !== true) return;
    const { removed } = sanitizeBodyTree(root as unknown as BodyNode);
    if (removed.length > 0) throw new Error(`the text still holds ${removed.join(', ')} after it was sanitized`);
  },
});

/** Compiles `body` (MDX, no frontmatter) from `file` into a component. */
export function articleBody(body: string, file: string): (props: ArticleBodyProps) => unknown {
  let code: string;
  try {
    const overload = findParserOverload(body);
    if (overload) throw new Error(`line ${overload.line}: ${overload.message}`);
    // Synchronous: no plugin here is async.
    ({ code } = mdxToJs(body, {
      hastPlugins: [keepBodyInert, satteriHeadingIdsPlugin(), assertBodyInert],
      features: { gfm: true, smartPunctuation: true },
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      outputFormat: 'function-body',
    }) as MdxToJsResult);
  } catch (error) {
    throw new Error(`${file}: the MDX body does not compile: ${(error as Error).message}`, { cause: error });
  }
  // Sätteri's function body reads the JSX runtime from its first argument and returns the exports.
  const { default: MDXContent } = new Function(code)({ Fragment, jsx, jsxs }) as { default: MdxContent };
  const Content = (props: ArticleBodyProps = {}) => {
    try {
      return MDXContent({ ...props, components: { Fragment, ...props.components } });
    } catch (error) {
      // Nesting the pre-scan let through may still be too deep to build: say which file.
      throw new Error(`${file}: the MDX body does not render: ${(error as Error).message}`, { cause: error });
    }
  };
  __astro_tag_component__(Content, 'astro:jsx');
  return Content;
}
