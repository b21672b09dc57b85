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
 * - A body that does not compile stops the build with its file named. The content checker
 *   reports syntax errors with their line before any page renders, so this is a last guard.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { __astro_tag_component__ } from 'astro/runtime/server/index.js';
import { mdxToJs, type MdxToJsResult } from 'satteri';

type Components = Record<string, unknown>;
type MdxContent = (props: { components?: Components }) => unknown;

/** What `<Content />` takes: the components the body's tags render with. */
export interface ArticleBodyProps {
  components?: Components;
}

/** Compiles `body` (MDX, no frontmatter) from `file` into a component. */
export function articleBody(body: string, file: string): (props: ArticleBodyProps) => unknown {
  let code: string;
  try {
    // Synchronous: no plugin here is async.
    ({ code } = mdxToJs(body, {
      hastPlugins: [satteriHeadingIdsPlugin()],
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
  const Content = (props: ArticleBodyProps = {}) =>
    MDXContent({ ...props, components: { Fragment, ...props.components } });
  __astro_tag_component__(Content, 'astro:jsx');
  return Content;
}
