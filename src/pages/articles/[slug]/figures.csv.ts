import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFiguresCsv } from '../../../lib/buildFiguresDownload.ts';
import { loadArticles, type Article } from '../../../lib/loadArticles.ts';
import { articleDataKey } from '../../../lib/cacheKey.ts';

export const getStaticPaths = (async () => {
  const articles = await loadArticles();
  return articles.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: articleDataKey(article),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) =>
  new Response(buildFiguresCsv(article.resolved), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
