/**
 * One RSS item for an article.
 *
 * Rules:
 * - The item carries the title, the link, the dek as its summary, and the section and tags as
 *   categories. The article body is not repeated: readers follow the link for the arithmetic.
 * - RSS needs a full date. A partial date is mapped to the first instant it can mean, in UTC:
 *   `2024-10` → 1 October 2024, `2024` → 1 January 2024. Nothing later is ever invented.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import { partialDateStart } from '../facts/partialDate.ts';

export function buildFeedItem(article: ResolvedArticle, link: string): RSSFeedItem {
  return {
    title: article.title,
    link,
    pubDate: partialDateStart(article.published),
    description: article.dek,
    categories: [article.section, ...article.tags],
  };
}
