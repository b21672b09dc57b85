import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArticles, type Article } from '../../../lib/loadArticles.ts';
import { articleDataKey } from '../../../lib/cacheKey.ts';
import { buildOgCardInput } from '../../../lib/og/buildOgCard.ts';
import { renderOgImage } from '../../../lib/og/renderOgImage.ts';
import { siteConfig } from '../../../siteConfig.ts';

export const getStaticPaths = (async () => {
  const articles = await loadArticles();
  return articles.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: articleDataKey(article),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const png = await renderOgImage(buildOgCardInput(props.article.resolved, siteConfig.name));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
