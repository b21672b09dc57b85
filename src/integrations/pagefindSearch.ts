/**
 * Builds the Pagefind search index through Pagefind's Node API, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only pages with `data-pagefind-body` (the
 *   articles), so lists, the search page and the 404 page are not results and drafts, which are
 *   never built, cannot be.
 * - The index opens when the build starts and takes each article page as Astro renders it (see
 *   `lib/searchIndexDuringBuild.ts`); when the build is done, the pages it did not render (copied
 *   by an incremental build) are read from `dist/`. Pagefind's output does not depend on the
 *   order pages arrive in, so this gives the bytes indexing everything at the end would.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isSearchable, setRenderedPageSink } from '../lib/searchIndexDuringBuild.ts';

function pageUrl(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

export function pagefindSearch(): AstroIntegration {
  let index: pagefind.PagefindIndex | undefined;
  /** Every page sent to the index, by URL, with Pagefind's answer. */
  const added = new Map<string, Promise<pagefind.NewFileResponse>>();

  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        const opened = index;
        setRenderedPageSink({
          add: (url, html) => {
            if (!added.has(url)) added.set(url, opened.addHTMLFile({ url, content: html }));
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        if (!index) throw new Error('Pagefind: the index was not opened at the start of the build');
        const root = fileURLToPath(dir);
        try {
          const files = (await readdir(root, { recursive: true }))
            .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
            .sort();
          let fromDisk = 0;
          for (const file of files) {
            const url = pageUrl(file);
            if (added.has(url)) continue;
            const html = await readFile(join(root, file), 'utf8');
            if (!isSearchable(html)) continue;
            added.set(url, index.addHTMLFile({ url, content: html }));
            fromDisk += 1;
          }
          for (const [url, answer] of added) {
            const { errors } = await answer;
            if (errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(
            `indexed ${added.size} article pages into pagefind/ (${added.size - fromDisk} as they were rendered, ${fromDisk} read from dist/)`,
          );
        } finally {
          index = undefined;
          added.clear();
          await pagefind.close();
        }
      },
    },
  };
}
