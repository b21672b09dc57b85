/**
 * The site's sections and tags as shelves, grouped once per build. Every page's navigation and
 * every section and tag page reads these, so at 10,000 articles nothing is regrouped per page.
 */
import { groupArticles, type Shelf } from './groupArticles.ts';
import { loadArticles } from './loadArticles.ts';

const shelves = new Map<'section' | 'tags', Promise<Shelf[]>>();

export function loadShelves(by: 'section' | 'tags'): Promise<Shelf[]> {
  let loading = shelves.get(by);
  if (!loading) {
    loading = loadArticles().then((articles) => groupArticles(articles, by));
    shelves.set(by, loading);
  }
  return loading;
}
