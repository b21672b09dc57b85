/**
 * The site's articles, each resolved exactly once per build and shared by every page,
 * feed and download that asks.
 *
 * Rules:
 * - `astro build` takes the articles its content check read and resolved (`contentCheckGate.ts`),
 *   as collection entries, so nothing is parsed or resolved twice; tests that run no check read
 *   Astro's collection, resolved here. Astro's collection would load its whole store as one
 *   JavaScript module holding the store's JSON as a string: 86 MB at 10,000 articles, which took
 *   V8 12 s to compile (two-byte text: the articles' curly quotes and ×), against no work at all
 *   for entries already in memory. So in a build the collection's loader stores nothing.
 * - `astro dev` takes them from its live check (`liveContent.ts`), which re-checks only the file
 *   that changed: the list is made again after each change (an article unchanged keeps its
 *   `Article`), never served from before it.
 * - Drafts and scheduled articles (published after the build date) are listed only by
 *   `astro dev`; `isPublished` decides, so every list agrees.
 * - Newest first; articles with the same date by title.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentCheckPassed } from './contentCheckGate.ts';
import { liveContent } from './liveContent.ts';
import type { ArticleEntry } from '../check/checkArticle.ts';
import type { ContentCheck } from '../check/checkContent.ts';
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
  /** Counted once, when first shown: every list that shows the article shows it too. */
  readingTime: ReadingTime;
}

let articles: Promise<Article[]> | undefined;

/** Every article a reader may see in this build, newest first. */
export function loadArticles(): Promise<Article[]> {
  const live = liveContent();
  if (live) return live.then(async (check) => (await check.settled(), liveArticles(check.current)));
  articles ??= readArticles();
  return articles;
}

/** In `astro dev`, the list of one state of the live check. */
const liveLists = new WeakMap<ContentCheck, Article[]>();
/** An article unchanged since the last list keeps its `Article` (reading time and all). */
const liveArticleOf = new WeakMap<ArticleEntry, Article>();

function liveArticles(check: ContentCheck): Article[] {
  let list = liveLists.get(check);
  if (list) return list;
  const buildDate = new Date();
  list = [...check.entries].map(([slug, { entry, article }]) => {
    let made = liveArticleOf.get(entry);
    if (!made) {
      made = checkedArticle(slug, entry, article, buildDate);
      liveArticleOf.set(entry, made);
    }
    return made;
  });
  list.sort((a, b) => byDate(a.resolved, b.resolved));
  liveLists.set(check, list);
  return list;
}

/**
 * Only `astro dev` lists drafts and scheduled articles. Astro lets a `DEV` variable in the
 * environment override `import.meta.env.DEV` (Vitest workers set DEV=1), so the mode must agree too.
 */
const listsUnpublished = import.meta.env.DEV && import.meta.env.MODE === 'development';

type Entry = CollectionEntry<'articles'>;

function toArticle(entry: Entry, resolved: ResolvedArticle, buildDate: Date): Article {
  let counted: ReadingTime | undefined;
  return {
    slug: entry.id,
    entry,
    status: publicationStatus(entry.data, buildDate),
    // Counted when a page first shows it: the dev server's first page lists every article and
    // shows the reading time of one (0.1 s of its launch at 1,000 articles, counted up front).
    get readingTime() {
      return (counted ??= readingTime(entry.body ?? ''));
    },
    resolved,
  };
}

/**
 * An article as a content check read and resolved it, in the shape of a collection entry. Its
 * text is read when first used: a cached check reads it from disk then (`checkCache.ts`).
 */
function checkedArticle(id: string, checked: ArticleEntry, article: ResolvedArticle, buildDate: Date): Article {
  const { file, data, digest } = checked;
  const entry = {
    id,
    collection: 'articles' as const,
    data,
    get body() {
      return checked.body;
    },
    filePath: file,
    digest,
  };
  return toArticle(entry, article, buildDate);
}

/** The articles that pass `keep`: in a build, as the content check read and resolved them. */
async function readCheckedOrCollected(keep: (data: Entry['data']) => boolean, buildDate: Date): Promise<Article[]> {
  const checked = await contentCheckPassed();
  if (checked) {
    return [...checked]
      .filter(([, { entry }]) => keep(entry.data))
      .map(([id, { entry, article }]) => checkedArticle(id, entry, article, buildDate));
  }
  const entries = await getCollection('articles', ({ data }) => keep(data));
  return entries.map((entry) =>
    toArticle(
      entry,
      resolveArticle(entry.data, { file: entry.filePath ?? `${entry.id}.mdx`, locale: siteConfig.locale }),
      buildDate,
    ),
  );
}

async function readArticles(): Promise<Article[]> {
  const buildDate = new Date();
  const articles = await readCheckedOrCollected((data) => listsUnpublished || isPublished(data, buildDate), buildDate);
  return articles.sort((a, b) => byDate(a.resolved, b.resolved));
}

const byDate = newestFirst(siteConfig.locale);
