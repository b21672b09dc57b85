/**
 * The site's articles, each resolved exactly once per build and shared by every page,
 * feed and download that asks.
 *
 * Rules:
 * - Drafts are listed only by `astro dev`.
 * - Newest first; articles with the same date by title.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolveArticle, type ResolvedArticle } from '../facts/resolveArticle.ts';
import { comparePartialDates } from '../facts/partialDate.ts';
import { siteConfig } from '../siteConfig.ts';

export interface Article {
  /** The URL segment: the file name without `.mdx`. */
  slug: string;
  entry: CollectionEntry<'articles'>;
  resolved: ResolvedArticle;
}

let articles: Promise<Article[]> | undefined;

/** Every article a reader may see in this build, newest first. */
export function loadArticles(): Promise<Article[]> {
  articles ??= readArticles();
  return articles;
}

async function readArticles(): Promise<Article[]> {
  const entries = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return entries
    .map((entry) => ({
      slug: entry.id,
      entry,
      resolved: resolveArticle(entry.data, {
        file: entry.filePath ?? `${entry.id}.mdx`,
        locale: siteConfig.locale,
      }),
    }))
    .sort(
      (a, b) =>
        comparePartialDates(b.resolved.published, a.resolved.published) ||
        a.resolved.title.localeCompare(b.resolved.title, siteConfig.locale),
    );
}
