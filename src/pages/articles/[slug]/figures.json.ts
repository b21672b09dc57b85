import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFiguresJson } from '../../../lib/buildFiguresDownload.ts';
import { loadArticles, type Article } from '../../../lib/loadArticles.ts';
import { articleDataKey } from '../../../lib/cacheKey.ts';
import { absoluteUrl, articlePath } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const articles = await loadArticles();
  return articles.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: articleDataKey(article),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) => {
  const data = buildFiguresJson(article.resolved, { url: absoluteUrl(articlePath(article.slug)) });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
