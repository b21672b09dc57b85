/**
 * Builds the Pagefind search index through Pagefind's Node API, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only the article pages (`articles/<slug>/index.html`,
 *   the pages with `data-pagefind-body`), so lists, the search page and the 404 page are not
 *   results and drafts, which are never built, cannot be.
 * - Pagefind reads the pages from the output folder (`addDirectory` with a glob, what the
 *   `pagefind` command does): it parses them on every core, in one request, and orders them
 *   itself, so the same pages give the same index however they arrived. Handing it each page as
 *   Astro renders it (one request a page, parsed on one core) was measured 2–3× slower.
 * - A clean build renders every planned article page first (`articlePagesFirst`). Once the last
 *   of them has rendered (`lib/searchIndexDuringBuild.ts`) and Astro has written every one of
 *   them, the index is built while Astro renders the rest of the site. It stands only if it
 *   indexed exactly the planned pages and the build wrote no other article page.
 * - Otherwise (an incremental build copies unchanged pages instead of rendering them) the index
 *   is built at the end. Both ways index the same files the same way, so they write the same index.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { open, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildPlan } from '../lib/buildPlan.ts';
import { setRenderedPageSink } from '../lib/searchIndexDuringBuild.ts';

/** Where the index goes, inside the build's output folder. */
const SEARCH_INDEX_FOLDER = 'pagefind';

/** The pages Pagefind reads, relative to the output folder. */
const ARTICLE_PAGES = 'articles/*/index.html';

/** How a page Astro has finished writing ends (`compressHTML` leaves nothing after it). */
const PAGE_END = Buffer.from('</html>');

/** How long the early index waits between looks for the article pages Astro is still writing. */
const WRITE_POLL_MS = 10;

/**
 * Pages looked at at once: each look opens the file, and a site can have more pages than a process
 * may have files open (often 1,024 or 4,096).
 */
const PAGES_AT_ONCE = 64;

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

/** The file an article page's path (`/articles/x/`) is written to, relative to the output folder. */
function pageFile(url: string): string {
  return join(...url.split('/').filter(Boolean), 'index.html');
}

/** The files of the build plan's article pages, relative to the output folder. */
function plannedPageFiles(plan: readonly string[]): Set<string> {
  return new Set(plan.map((slug) => pageFile(`/articles/${slug}/`)));
}

/** The article pages a build wrote, as files relative to its output folder. */
async function writtenArticlePages(root: string): Promise<string[]> {
  const articles = join(root, 'articles');
  const entries = await readdir(articles, { recursive: true }).catch(() => []);
  return entries
    .filter((file) => file.split(sep).length === 2 && file.endsWith(`${sep}index.html`))
    .map((file) => join('articles', file));
}

/**
 * Whether Astro has written `file` whole during this build: changed since `since` (so not a page
 * an earlier build left) and ending as a page ends (Astro truncates the file, then writes it).
 */
export async function writtenWholeSince(file: string, since: number): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return false;
  try {
    const { size, mtimeMs } = await handle.stat();
    if (mtimeMs < since || size < PAGE_END.length) return false;
    const end = Buffer.alloc(PAGE_END.length);
    await handle.read(end, 0, end.length, size - end.length);
    return end.equals(PAGE_END);
  } finally {
    await handle.close();
  }
}

/** Those of `files` (relative to `root`) that Astro has not yet written whole since `since`. */
export async function unwrittenSince(root: string, files: readonly string[], since: number): Promise<string[]> {
  const unwritten: string[] = [];
  for (let start = 0; start < files.length; start += PAGES_AT_ONCE) {
    const batch = files.slice(start, start + PAGES_AT_ONCE);
    const whole = await Promise.all(batch.map((file) => writtenWholeSince(join(root, file), since)));
    unwritten.push(...batch.filter((_, index) => !whole[index]));
  }
  return unwritten;
}

/** The index a clean build writes while it renders, from its article pages in the output folder. */
interface EarlyIndex {
  /** Notes a rendered page (`url`: its path within the site); pages outside the plan are ignored. */
  rendered: (url: string) => void;
  /** Stops waiting for pages to be written: the build is done, so the index is made at the end. */
  close: () => void;
  /**
   * Set once every planned page has rendered: resolves to the number of pages indexed, or to
   * undefined if the build ended before Astro had written them all.
   */
  written?: Promise<number | undefined>;
}

function startEarlyIndex(root: string, planned: ReadonlySet<string>, output: string): EarlyIndex {
  const since = Date.now();
  const rendering = new Set(planned);
  let closed = false;

  const indexOnceWritten = async (): Promise<number | undefined> => {
    let unwritten = [...planned];
    while (!closed) {
      unwritten = await unwrittenSince(root, unwritten, since);
      if (unwritten.length === 0) return writeIndex(root, output);
      await sleep(WRITE_POLL_MS);
    }
    return undefined;
  };

  const early: EarlyIndex = {
    rendered(url) {
      if (!rendering.delete(pageFile(url)) || rendering.size > 0 || early.written) return;
      early.written = indexOnceWritten();
      // Awaited at the end of the build; until then a failure must not count as unhandled.
      early.written.catch(() => undefined);
    },
    close() {
      closed = true;
    },
  };
  return early;
}

export function pagefindSearch(): AstroIntegration {
  let outDir: string | undefined;
  let early: EarlyIndex | undefined;

  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const plan = buildPlan();
        if (!plan || plan.length === 0 || !outDir) return;
        const planned = plannedPageFiles(plan);
        const started = startEarlyIndex(outDir, planned, join(outDir, SEARCH_INDEX_FOLDER));
        early = started;
        setRenderedPageSink({ rendered: (url) => started.rendered(url) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        const root = fileURLToPath(dir);
        const output = join(root, SEARCH_INDEX_FOLDER);
        const used = early;
        early = undefined;
        try {
          used?.close();
          // An early index that failed is made again from the output folder, below.
          const indexed = await used?.written?.catch(() => undefined);
          const written = await writtenArticlePages(root);
          const planned = plannedPageFiles(buildPlan() ?? []);
          const stands =
            indexed !== undefined &&
            outDir !== undefined &&
            join(outDir, SEARCH_INDEX_FOLDER) === output &&
            indexed === planned.size &&
            written.length === planned.size &&
            written.every((file) => planned.has(file));
          if (stands) {
            logger.info(`indexed ${indexed} article pages into ${SEARCH_INDEX_FOLDER}/ while the site was rendered`);
            return;
          }
          // An early index of other pages (awaited above) must leave no file behind.
          await rm(output, { recursive: true, force: true });
          const pages = await writeIndex(root, output);
          logger.info(`indexed ${pages} article pages into ${SEARCH_INDEX_FOLDER}/ once the site was written`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
