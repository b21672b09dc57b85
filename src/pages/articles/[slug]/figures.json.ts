import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFiguresJson } from '../../../lib/buildFiguresDownload.ts';
import type { Article } from '../../../lib/loadArticles.ts';
import { articleFilePaths } from '../../../lib/articleFilePaths.ts';
import { absoluteUrl, articlePath } from '../../../lib/urls.ts';

export const getStaticPaths = articleFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) => {
  const data = buildFiguresJson(article.resolved, { url: absoluteUrl(articlePath(article.slug)) });
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
