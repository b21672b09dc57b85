/**
 * The static paths of every article's companion files (`/articles/<slug>/figures.csv`, …) for the
 * dev server.
 *
 * Rule: `astro build` gets none. It writes the files itself (`integrations/articleFiles.ts`), with
 * the same bytes (`lib/articleFiles.ts`), and has a passed content check; nothing else has one.
 */
import { ARTICLE_FILE_NAMES } from './articleFiles.ts';
import { contentCheckPassed } from './contentCheckGate.ts';
import { loadArticles } from './loadArticles.ts';

export async function articleFilePaths() {
  if (await contentCheckPassed()) return [];
  const articles = await loadArticles();
  return articles.flatMap((article) =>
    ARTICLE_FILE_NAMES.map((file) => ({ params: { slug: article.slug, file }, props: { article, file } })),
  );
}
