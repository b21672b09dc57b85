/**
 * Cache keys for Astro's incremental static builds: a page whose key and code are unchanged since
 * the last build is copied from `dist/` instead of rendered again.
 *
 * Rule: a key lists everything a page shows that is not code. An article page shows its own entry,
 * its neighbours' titles and the section navigation.
 */
import { createHash } from 'node:crypto';
import type { Article } from './loadArticles.ts';
import type { Shelf } from './groupArticles.ts';

function hash(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** The content digest Astro gives each collection entry, changing whenever its file does. */
function digestOf(article: Article | undefined): string | undefined {
  return article && String(article.entry.digest);
}

/** The section names every page's navigation lists. */
function navigationOf(sections: readonly Shelf[]): string[] {
  return sections.map((section) => section.name);
}

export function articlePageKey(
  article: Article,
  neighbours: { newer?: Article; older?: Article },
  sections: readonly Shelf[],
): string {
  return hash([digestOf(article), digestOf(neighbours.newer), digestOf(neighbours.older), navigationOf(sections)]);
}

/** A page of a section or topic: which page it is, and every article on the shelf (they shift pages). */
export function shelfPageKey(
  shelf: Shelf,
  pageNumber: number,
  others: readonly Shelf[],
  sections: readonly Shelf[],
): string {
  return hash([shelf.name, pageNumber, shelf.articles.map(digestOf), navigationOf(others), navigationOf(sections)]);
}
