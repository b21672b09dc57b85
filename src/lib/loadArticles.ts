/**
 * The site's articles, each resolved exactly once per build and shared by every page,
 * feed and download that asks.
 *
 * Rules:
 * - Drafts and scheduled articles (published after the build date) are listed only by
 *   `astro dev`; `isPublished` decides, so every list agrees.
 * - Newest first; articles with the same date by title.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingTime, type ReadingTime } from '../facts/readingTime.ts';
import { resolveArticle, type ResolvedArticle } from '../facts/resolveArticle.ts';
import { newestFirst } from '../facts/newestFirst.ts';
import { isPublished, publicationStatus, type PublicationStatus } from '../facts/isPublished.ts';
import { siteConfig } from '../siteConfig.ts';

export interface Article {
  /** The URL segment: the file name without `.mdx`. */
  slug: string;
  entry: CollectionEntry<'articles'>;
  resolved: ResolvedArticle;
  /** `published`, or why readers cannot see it yet (only `astro dev` lists the others). */
  status: PublicationStatus;
  /** Counted once here: every list that shows the article shows it too. */
  readingTime: ReadingTime;
}

let articles: Promise<Article[]> | undefined;

/** Every article a reader may see in this build, newest first. */
export function loadArticles(): Promise<Article[]> {
  articles ??= readArticles();
  return articles;
}

/**
 * Only `astro dev` lists drafts and scheduled articles. Astro lets a `DEV` variable in the
 * environment override `import.meta.env.DEV` (Vitest workers set DEV=1), so the mode must agree too.
 */
const listsUnpublished = import.meta.env.DEV && import.meta.env.MODE === 'development';

async function readArticles(): Promise<Article[]> {
  const buildDate = new Date();
  const entries = await getCollection('articles', ({ data }) => listsUnpublished || isPublished(data, buildDate));
  return entries
    .map((entry) => ({
      slug: entry.id,
      entry,
      status: publicationStatus(entry.data, buildDate),
      readingTime: readingTime(entry.body ?? ''),
      resolved: resolveArticle(entry.data, {
        file: entry.filePath ?? `${entry.id}.mdx`,
        locale: siteConfig.locale,
      }),
    }))
    .sort((a, b) => byDate(a.resolved, b.resolved));
}

const byDate = newestFirst(siteConfig.locale);
