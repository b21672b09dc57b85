import type { AstroGlobal } from 'astro';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';

/**
 * The article an MDX component belongs to. The article page puts it in `Astro.locals` before it
 * renders the body, so editors write `<Fig id="…" />` with no imports and no article prop.
 */
export function requireArticle(astro: AstroGlobal, component: string): ResolvedArticle {
  const article = astro.locals.article;
  if (!article) throw new Error(`<${component}> can only be used in an article body`);
  return article;
}

/** Looks up a figure or fact for an MDX component; an unknown id stops the build, naming the file. */
export function requireItem<Kind extends 'figure' | 'fact'>(
  article: ResolvedArticle,
  component: string,
  id: unknown,
  kind: Kind,
): Extract<ResolvedArticle['figures'][number] | ResolvedArticle['facts'][number], { kind: Kind }> {
  const item = typeof id === 'string' ? article.byId.get(id) : undefined;
  if (item?.kind !== kind) {
    const known = [...article.byId.values()]
      .filter((candidate) => candidate.kind === kind)
      .map((candidate) => candidate.id);
    throw new Error(
      `${article.file}  body  <${component} id="${String(id)}" />: unknown ${kind} id (known: ${known.join(', ') || 'none'})`,
    );
  }
  return item as Extract<ResolvedArticle['figures'][number] | ResolvedArticle['facts'][number], { kind: Kind }>;
}
