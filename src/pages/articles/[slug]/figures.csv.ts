import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFiguresCsv } from '../../../lib/buildFiguresDownload.ts';
import type { Article } from '../../../lib/loadArticles.ts';
import { articleFilePaths } from '../../../lib/articleFilePaths.ts';

export const getStaticPaths = articleFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props: { article } }) =>
  new Response(buildFiguresCsv(article.resolved), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
