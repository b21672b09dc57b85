import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildFeedItem } from '../lib/buildFeedItem.ts';
import { loadArticles } from '../lib/loadArticles.ts';
import { absoluteUrl, articlePath, sitePath } from '../lib/urls.ts';
import { siteConfig } from '../siteConfig.ts';

/** The feed of published articles, newest first (drafts and scheduled ones are not loaded). */
export const GET: APIRoute = async () => {
  const articles = await loadArticles();
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    site: absoluteUrl(sitePath()),
    items: articles.map(({ slug, resolved }) => buildFeedItem(resolved, absoluteUrl(articlePath(slug)))),
    customData: `<language>${siteConfig.locale}</language>`,
    trailingSlash: true,
  });
};
