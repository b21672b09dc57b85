/**
 * Sections and tags as shelves of articles, for the section and tag pages and the navigation.
 *
 * Rules:
 * - Names that make the same slug ("Human rights", "human-rights") share one shelf, under the
 *   name first seen.
 * - Shelves are sorted by name; their articles keep `loadArticles()` order (newest first).
 */
import type { Article } from './loadArticles.ts';
import { slugify } from '../facts/slugify.ts';
import { siteConfig } from '../siteConfig.ts';
import { sitePath } from './urls.ts';

export interface Shelf {
  name: string;
  slug: string;
  articles: Article[];
}

export function sectionPath(section: string): string {
  return sitePath(`sections/${slugify(section)}/`);
}

export function tagPath(tag: string): string {
  return sitePath(`tags/${slugify(tag)}/`);
}

export function groupArticles(articles: Article[], by: 'section' | 'tags'): Shelf[] {
  const shelves = new Map<string, Shelf>();
  for (const article of articles) {
    const names = by === 'section' ? [article.resolved.section] : article.resolved.tags;
    for (const name of names) {
      const slug = slugify(name);
      const shelf = shelves.get(slug) ?? { name, slug, articles: [] };
      // Two tags of one article may share a slug; the article is then already last on the shelf.
      if (shelf.articles.at(-1) !== article) shelf.articles.push(article);
      shelves.set(slug, shelf);
    }
  }
  return [...shelves.values()].sort((a, b) => a.name.localeCompare(b.name, siteConfig.locale));
}
