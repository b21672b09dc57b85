import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFileResponse, type ArticleFileName } from '../../../lib/articleFiles.ts';
import { articleFilePaths } from '../../../lib/articleFilePaths.ts';
import type { Article } from '../../../lib/loadArticles.ts';

export const getStaticPaths = articleFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; file: ArticleFileName }> = ({ props }) =>
  articleFileResponse(props.file, props.article);
