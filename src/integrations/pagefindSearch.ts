/**
 * Builds the Pagefind search index through Pagefind's Node API, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only the article pages (`articles/<slug>/index.html`,
 *   the pages with `data-pagefind-body`), so lists, the search page and the 404 page are not
 *   results and drafts, which are never built, cannot be.
 * - Pagefind reads the pages from the output folder once the site is written (`addDirectory` with
 *   a glob, what the `pagefind` command does): it parses them on every core, in one request, and
 *   orders them itself, so the same pages give the same index, clean build or incremental.
 *   Handing it each page as Astro renders it (one request a page, parsed on one core) was
 *   measured 2–3× slower.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index goes, inside the build's output folder. */
const SEARCH_INDEX_FOLDER = 'pagefind';

/** The pages Pagefind reads, relative to the output folder. */
const ARTICLE_PAGES = 'articles/*/index.html';

function failure(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/** Indexes the article pages under `root` and writes the index to `output`. */
async function writeIndex(root: string, output: string): Promise<number> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw failure('start', created.errors);
  const added = await created.index.addDirectory({ path: root, glob: ARTICLE_PAGES });
  if (added.errors.length > 0) throw failure(`index ${root}`, added.errors);
  const written = await created.index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw failure('write its index', written.errors);
  return added.page_count;
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const output = join(root, SEARCH_INDEX_FOLDER);
        try {
          // No file of an older index may stay beside the new one.
          await rm(output, { recursive: true, force: true });
          const pages = await writeIndex(root, output);
          logger.info(`indexed ${pages} article pages into ${SEARCH_INDEX_FOLDER}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
