/**
 * Writes every published article's companion files (`figures.json`, `figures.csv`, `og.png`) into
 * the output of `astro build`, beside its page.
 *
 * Rules:
 * - The bytes come from `lib/articleFiles.ts`, as the dev server's route serves them; a build
 *   renders no route for them (`lib/articleFilePaths.ts`), because Astro's per-route work cost more
 *   than the files (41 s of CPU at 10,000 articles).
 * - The articles are the content check's published ones, as it resolved them.
 * - Every build writes them all, incremental or not: Astro empties the output folder first.
 * - Then cards no build has used for a week are deleted from the cards' cache (`check/sweepCache.ts`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLE_FILE_NAMES, makeArticleFile, type ArticleFileSource } from '../lib/articleFiles.ts';
import { isPublished } from '../facts/isPublished.ts';
import { contentCheckPassed } from '../lib/contentCheckGate.ts';
import { countOf } from '../check/CheckProblem.ts';
import { sweepCache } from '../check/sweepCache.ts';
import { ogCacheDirectory } from '../lib/og/renderOgImage.ts';

/** Articles written at a time: a card may still be drawing on another thread, and files wait on the disk. */
const CONCURRENCY = 8;

async function writeArticleFiles(root: string, article: ArticleFileSource): Promise<void> {
  const folder = join(root, 'articles', article.slug);
  await mkdir(folder, { recursive: true });
  await Promise.all(
    ARTICLE_FILE_NAMES.map(async (name) => writeFile(join(folder, name), await makeArticleFile(name, article))),
  );
}

async function writeEveryArticle(root: string, articles: readonly ArticleFileSource[]): Promise<void> {
  let next = 0;
  const writeNext = async (): Promise<void> => {
    while (next < articles.length) {
      const article = articles[next];
      next += 1;
      await writeArticleFiles(root, article!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, writeNext));
}

/** The published articles as the check resolved them. */
async function publishedArticles(): Promise<ArticleFileSource[]> {
  const checked = await contentCheckPassed();
  if (!checked) {
    throw new Error('tally:article-files: no passed content check in this build, so no article files can be written');
  }
  const buildDate = new Date();
  return [...checked]
    .filter(([, { article }]) => isPublished(article, buildDate))
    .map(([slug, { article }]) => ({ slug, resolved: article }));
}

export default function articleFiles(): AstroIntegration {
  return {
    name: 'tally:article-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const articles = await publishedArticles();
        await writeEveryArticle(fileURLToPath(dir), articles);
        // Every card this build uses was read and so marked used: what is left unused can go.
        sweepCache(ogCacheDirectory());
        logger.info(`wrote ${ARTICLE_FILE_NAMES.join(', ')} for ${countOf(articles.length, 'article')}`);
      },
    },
  };
}
