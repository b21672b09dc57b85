/**
 * Builds the Pagefind search index through Pagefind's Node API, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only pages with `data-pagefind-body` (the
 *   articles), so lists, the search page and the 404 page are not results and drafts, which are
 *   never built, cannot be.
 * - The index is built once the build has written every page, from `dist/` as a whole
 *   (`addDirectory`, what the `pagefind` command does): Pagefind reads and parses the pages on all
 *   cores, in one request. Handing it each page as Astro renders it was measured 2–3× slower (one
 *   request per page, parsed on one core) and made the index depend on the order pages arrived in.
 * - A clean build and an incremental one leave the same pages in `dist/`, so they write the same
 *   index: Pagefind orders the files it finds itself.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index goes, inside the build's output folder. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

function failure(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const created = await pagefind.createIndex({});
        try {
          if (!created.index) throw failure('start', created.errors);
          const added = await created.index.addDirectory({ path: root });
          if (added.errors.length > 0) throw failure(`index ${root}`, added.errors);
          const written = await created.index.writeFiles({ outputPath: join(root, SEARCH_INDEX_FOLDER) });
          if (written.errors.length > 0) throw failure('write its index', written.errors);
          logger.info(`indexed the article pages among ${added.page_count} HTML files into ${SEARCH_INDEX_FOLDER}/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
