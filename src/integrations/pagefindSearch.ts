/**
 * Builds the Pagefind search index after Astro has written the site, through Pagefind's Node API,
 * so a plain `astro build` produces `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only inside `data-pagefind-body` (the article
 *   pages), so lists, the search page and the 404 page are not results and drafts, which are
 *   never built, cannot be.
 * - Each page's URL is given with the configured base (`/tally/articles/x/`), so results link
 *   correctly under a sub-path with no option in the browser.
 * - Files are added in sorted order, so the index is the same from run to run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function pageUrl(base: string, file: string): string {
  const path = file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return `${base}${path}`;
}

export function pagefindSearch(): AstroIntegration {
  let base = '/';
  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
          .sort();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          for (const file of files) {
            const added = await index.addHTMLFile({ url: pageUrl(base, file), content: await readFile(join(root, file), 'utf8') });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        logger.info(`indexed ${files.length} HTML files into pagefind/`);
      },
    },
  };
}
