/**
 * The site's sections and tags as shelves, grouped once per build. Every page's navigation and
 * every section and tag page reads these, so at 10,000 articles nothing is regrouped per page
 * (in `astro dev`, regrouped once after each change).
 */
import { groupArticles, type Shelf } from './groupArticles.ts';
import { loadArticles, type Article } from './loadArticles.ts';

/** By list of articles: in `astro dev` the list is a new one after each change. */
const shelves = new WeakMap<Article[], Map<'section' | 'tags', Shelf[]>>();

export async function loadShelves(by: 'section' | 'tags'): Promise<Shelf[]> {
  const articles = await loadArticles();
  let grouped = shelves.get(articles);
  if (!grouped) shelves.set(articles, (grouped = new Map()));
  let shelf = grouped.get(by);
  if (!shelf) grouped.set(by, (shelf = groupArticles(articles, by)));
  return shelf;
}
