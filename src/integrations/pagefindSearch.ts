/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's Node API,
 * so a plain `astro build` produces `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only inside `data-pagefind-body` (the article
 *   pages), so lists, the search page and the 404 page are not results and drafts, which are
 *   never built, cannot be.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 * - Files are added in sorted order, so the index is the same from run to run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function pageUrl(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
          .sort();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          for (const file of files) {
            const added = await index.addHTMLFile({
              url: pageUrl(file),
              content: await readFile(join(root, file), 'utf8'),
            });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        logger.info(`indexed ${files.length} HTML files into pagefind/`);
      },
    },
  };
}
