/**
 * An article's companion files, beside its page: `figures.json`, `figures.csv` and `og.png`.
 *
 * Rules:
 * - Each file's bytes are made here and only here, from the resolved article: `astro dev` serves
 *   them through the routes in `src/pages/articles/[slug]/`, `astro build` writes them itself
 *   (`integrations/articleFiles.ts`), so both give the same bytes.
 * - Why a build does not render them as routes: Astro's per-route work (a `Response`, a log line,
 *   a copy for its incremental-build cache) cost more than the files themselves: 41 s of CPU in a
 *   10,000-article build, where the machine has none to spare.
 */
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import { siteConfig } from '../siteConfig.ts';
import { buildFiguresCsv, buildFiguresJson } from './buildFiguresDownload.ts';
import { buildOgCardInput } from './og/buildOgCard.ts';
import { renderOgImage } from './og/renderOgImage.ts';
import { absoluteUrl, articlePath } from './urls.ts';

/** What a companion file is made from. */
export interface ArticleFileSource {
  slug: string;
  resolved: ResolvedArticle;
}

interface ArticleFile {
  /** The `Content-Type` the dev server sends; static hosts go by the file's extension. */
  contentType: string;
  make: (article: ArticleFileSource) => string | Promise<Uint8Array<ArrayBuffer>>;
}

export const ARTICLE_FILES = {
  'figures.json': {
    contentType: 'application/json; charset=utf-8',
    make: ({ slug, resolved }) =>
      `${JSON.stringify(buildFiguresJson(resolved, { url: absoluteUrl(articlePath(slug)) }), null, 2)}\n`,
  },
  'figures.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    make: ({ resolved }) => buildFiguresCsv(resolved),
  },
  'og.png': {
    contentType: 'image/png',
    make: ({ resolved }) => renderOgImage(buildOgCardInput(resolved, siteConfig.name)),
  },
} as const satisfies Record<string, ArticleFile>;

export type ArticleFileName = keyof typeof ARTICLE_FILES;

export const ARTICLE_FILE_NAMES = Object.keys(ARTICLE_FILES) as ArticleFileName[];

/** The file's contents: text (written as UTF-8) or bytes. */
export function makeArticleFile(
  name: ArticleFileName,
  article: ArticleFileSource,
): Promise<string | Uint8Array<ArrayBuffer>> {
  return Promise.resolve(ARTICLE_FILES[name].make(article));
}

/** The file as the dev server's route answers with it. */
export async function articleFileResponse(name: ArticleFileName, article: ArticleFileSource): Promise<Response> {
  return new Response(await makeArticleFile(name, article), {
    headers: { 'Content-Type': ARTICLE_FILES[name].contentType },
  });
}
