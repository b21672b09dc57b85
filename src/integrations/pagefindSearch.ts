/**
 * Builds the Pagefind search index through Pagefind's Node API, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only pages with `data-pagefind-body` (the
 *   articles), so lists, the search page and the 404 page are not results and drafts, which are
 *   never built, cannot be.
 * - The index opens when the build starts and takes each article page as Astro renders it (see
 *   `lib/searchIndexDuringBuild.ts`), so Pagefind works while Astro renders. Pages the build did
 *   not render (an incremental build copies unchanged ones) are read from `dist/` at the end.
 * - Pagefind's files depend on the order pages are added, so pages are added in one fixed order
 *   whatever order they arrive in: the build plan's (newest first, the order Astro renders them,
 *   so a clean build adds each page as it comes), then any other page by URL. An incremental
 *   build therefore writes the index a clean build writes.
 * - A clean build renders every planned page (article pages first, `articlePagesFirst`): the index
 *   is written as soon as the last one is in, while Astro renders the rest of the site.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildPlan } from '../lib/buildPlan.ts';
import { isSearchable, setRenderedPageSink } from '../lib/searchIndexDuringBuild.ts';

function pageUrl(file: string): string {
  return `/${file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Adds pages to an index one at a time in `order`, holding back any that arrive early. */
function orderedIndexer(index: pagefind.PagefindIndex, order: readonly string[]) {
  const early = new Map<string, string>();
  let next = 0;
  let added = 0;
  let queue = Promise.resolve();
  let failure: Error | undefined;
  let allPlannedOffered: () => void;
  const allPlanned = new Promise<void>((resolve) => (allPlannedOffered = resolve));

  const add = (url: string, html: string) => {
    added += 1;
    queue = queue
      .then(async () => {
        const { errors } = await index.addHTMLFile({ url, content: html });
        if (errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${errors.join('; ')}`);
      })
      .catch((error: Error) => {
        failure ??= error;
      });
  };
  const release = () => {
    while (next < order.length && early.has(order[next]!)) {
      const url = order[next++]!;
      add(url, early.get(url)!);
      early.delete(url);
    }
    if (next === order.length) allPlannedOffered();
  };

  return {
    /**
     * Resolves with the number of pages added once every planned page was offered and Pagefind
     * has them all (a clean build renders them all), with none added since.
     */
    allPlanned: allPlanned.then(() => queue).then(() => added),
    /** A rendered page: added now if it is next in order, otherwise when its turn comes. */
    offer(url: string, html: string) {
      early.set(url, html);
      release();
    },
    /**
     * Adds the pages still missing, in order, each read by `read` (undefined: not built or not
     * searchable), then any page outside the order by URL; resolves once Pagefind has them all.
     */
    async finish(read: (url: string) => Promise<string | undefined>, others: readonly string[]) {
      let fromDisk = 0;
      const take = async (url: string) => {
        const html = early.get(url) ?? (await read(url));
        if (!early.delete(url) && html !== undefined) fromDisk += 1;
        if (html !== undefined) add(url, html);
      };
      for (; next < order.length; next += 1) await take(order[next]!);
      const planned = new Set(order);
      for (const url of [...new Set([...early.keys(), ...others])].sort()) {
        if (!planned.has(url)) await take(url);
      }
      await queue;
      if (failure) throw failure;
      return { added, fromDisk };
    },
  };
}

export function pagefindSearch(): AstroIntegration {
  let indexer: ReturnType<typeof orderedIndexer> | undefined;
  let index: pagefind.PagefindIndex | undefined;
  let outDir: string | undefined;
  // The index is written as soon as the last planned page is in (a clean build renders them all),
  // while Astro renders the other pages; `astro:build:done` then only waits for it.
  let early: { pages: number; written: Promise<{ errors: string[] }> } | undefined;
  let finishing = false;

  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        const opening = created.index;
        index = opening;
        const order = (buildPlan() ?? []).map((slug) => `/articles/${slug}/`);
        const opened = orderedIndexer(opening, order);
        indexer = opened;
        setRenderedPageSink({ add: (url, html) => opened.offer(url, html) });
        finishing = false;
        early = undefined;
        void opened.allPlanned.then((pages) => {
          if (finishing || !outDir) return; // too late: the end of the build writes the index
          early = { pages, written: opening.writeFiles({ outputPath: join(outDir, 'pagefind') }) };
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        finishing = true;
        if (!index || !indexer) throw new Error('Pagefind: the index was not opened at the start of the build');
        const root = fileURLToPath(dir);
        try {
          const files = (await readdir(root, { recursive: true })).filter(
            (file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`),
          );
          const fileOf = new Map(files.map((file) => [pageUrl(file), file]));
          const read = async (url: string) => {
            const file = fileOf.get(url);
            const html = file === undefined ? undefined : await readFile(join(root, file), 'utf8');
            return html !== undefined && isSearchable(html) ? html : undefined;
          };
          const { added, fromDisk } = await indexer.finish(read, [...fileOf.keys()]);
          // The early index stands if it holds every page; otherwise (pages an incremental build
          // copied, or pages outside the plan) it is written again once the early write is done.
          const sameFolder = outDir !== undefined && resolve(outDir) === resolve(root);
          let written = sameFolder && early?.pages === added ? await early.written : undefined;
          if (!written) {
            await early?.written.catch(() => undefined);
            written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
          }
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(
            `indexed ${added} article pages into pagefind/ (${added - fromDisk} as they were rendered, ${fromDisk} read from dist/)`,
          );
        } finally {
          index = undefined;
          indexer = undefined;
          await pagefind.close();
        }
      },
    },
  };
}
