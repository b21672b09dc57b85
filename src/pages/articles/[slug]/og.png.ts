import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/loadArticles.ts';
import { articleFilePaths } from '../../../lib/articleFilePaths.ts';
import { buildOgCardInput } from '../../../lib/og/buildOgCard.ts';
import { renderOgImage } from '../../../lib/og/renderOgImage.ts';
import { siteConfig } from '../../../siteConfig.ts';

export const getStaticPaths = articleFilePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const png = await renderOgImage(buildOgCardInput(props.article.resolved, siteConfig.name));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
