/**
 * Renders the article pages before every other page of `astro build`.
 *
 * The search index is built from the article pages while Astro renders the rest of the site
 * (`pagefindSearch`), and it can start only once the last article page is rendered: article pages
 * first start it as early as can be. (In Astro's own priority order, the static pages and any other
 * more specific route come first.)
 *
 * Only the order changes, never what is rendered: the article pages keep their own order (newest
 * first), and so do the other pages.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** The route of an article page (`src/pages/articles/[slug]/index.astro`). */
export const ARTICLE_PAGE_ROUTE = '/articles/[slug]';

/** The same paths, article pages first; otherwise in the order given. */
export function articlePagesFirst<Path extends { route: { route: string } }>(paths: readonly Path[]): Path[] {
  const isArticlePage = (path: Path) => path.route.route === ARTICLE_PAGE_ROUTE;
  return [...paths.filter(isArticlePage), ...paths.filter((path) => !isArticlePage(path))];
}

function reorderingPrerenderer(prerenderer: AstroPrerenderer): AstroPrerenderer {
  return {
    ...prerenderer,
    name: `${prerenderer.name} (tally: article pages first)`,
    // Astro 7.4 returns `{ paths, metadata }` (a bare array before, still allowed): keep its shape.
    getStaticPaths: async () => {
      const found = await prerenderer.getStaticPaths();
      return Array.isArray(found) ? articlePagesFirst(found) : { ...found, paths: articlePagesFirst(found.paths) };
    },
  };
}

export default function articlePagesFirstIntegration(): AstroIntegration {
  return {
    name: 'tally:article-pages-first',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(reorderingPrerenderer),
    },
  };
}
