/**
 * The static paths of an article's companion files (`figures.json`, `figures.csv`, `og.png`):
 * one per article, each keyed on its own entry only, for incremental builds.
 */
import { articleDataKey } from './cacheKey.ts';
import { loadArticles } from './loadArticles.ts';

export async function articleFilePaths() {
  const articles = await loadArticles();
  return articles.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: articleDataKey(article),
  }));
}
