/**
 * Builds the Pagefind search index through Pagefind's Node API, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only pages with `data-pagefind-body` (the
 *   articles), so lists, the search page and the 404 page are not results and drafts, which are
 *   never built, cannot be.
 * - Pagefind reads the pages from a folder (`addDirectory`, what the `pagefind` command does): it
 *   parses them on every core, in one request, and orders them itself, so the same pages give the
 *   same index however they arrived. Handing it each page as Astro renders it (one request a page,
 *   parsed on one core) was measured 2–3× slower.
 * - A build renders every planned article page first (`articlePagesFirst`). Each is also written
 *   to a staging folder as it is rendered (`lib/searchIndexDuringBuild.ts`); once the last is
 *   there, the index is built from that folder and written while Astro renders the rest of the
 *   site.
 * - An incremental build renders only the article pages that changed and keeps the others from
 *   the last build. Once the first page that is not an article page begins (every article page has
 *   begun or been kept by then) and the begun ones are staged, the kept ones are linked into the
 *   staging folder from `dist/` as they are, and the index is built the same way.
 * - The early index stands only if the build wrote exactly the staged article pages and none that
 *   was taken as kept was rendered after all. Otherwise (a page missing from the last build, say)
 *   it is built from `dist/` at the end. Every way indexes the same files, so they write the same
 *   index.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { copyFile, link, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildPlan } from '../lib/buildPlan.ts';
import { setRenderedPageSink } from '../lib/searchIndexDuringBuild.ts';

/** Where the index goes, inside the build's output folder. */
const SEARCH_INDEX_FOLDER = 'pagefind';

function failure(step: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/** Indexes the HTML files under `source` and writes the index to `output`. */
async function writeIndex(source: string, output: string): Promise<number> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw failure('start', created.errors);
  const added = await created.index.addDirectory({ path: source });
  if (added.errors.length > 0) throw failure(`index ${source}`, added.errors);
  const written = await created.index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw failure('write its index', written.errors);
  return added.page_count;
}

/** The file an article page's path (`/articles/x/`) is written to, relative to the output folder. */
function pageFile(url: string): string {
  return join(...url.split('/').filter(Boolean), 'index.html');
}

/** The article pages a build wrote, as files relative to its output folder. */
async function writtenArticlePages(root: string): Promise<string[]> {
  const articles = join(root, 'articles');
  const entries = await readdir(articles, { recursive: true }).catch(() => []);
  return entries
    .filter((file) => file.split(sep).length === 2 && file.endsWith(`${sep}index.html`))
    .map((file) => join('articles', file));
}

/** The index a build writes while it renders: from a staging folder of its article pages. */
export interface EarlyIndex {
  folder: string;
  /** The pages in the staging folder, as files relative to the output folder. */
  staged: Set<string>;
  /** How many of them were taken from the last build's output, unrendered. */
  unchanged: number;
  /** Set when a page taken from the last build was rendered after all: the early index cannot stand. */
  stale: boolean;
  /** Resolves once every staging write has finished, well or not. */
  settled: () => Promise<unknown>;
  /** Set once every planned page is staged: the index, being written to the output folder. */
  written?: Promise<number>;
  /** A page's render begins (`url`: its path within the site). */
  start: (url: string) => void;
  /** Stages a rendered page; pages outside the plan are ignored. */
  add: (url: string, html: Uint8Array) => void;
}

export function startEarlyIndex(folder: string, planned: ReadonlySet<string>, outDir: string): EarlyIndex {
  const output = join(outDir, SEARCH_INDEX_FOLDER);
  const writes: Promise<void>[] = [];
  /** Planned pages whose render has begun. */
  const begun = new Set<string>();
  /** Planned pages taken from the last build's output. */
  const taken = new Set<string>();
  let articlesBegun = false;
  let taking = false;

  const indexWhenComplete = () => {
    if (early.staged.size !== planned.size || early.written) return;
    early.written = rm(output, { recursive: true, force: true }).then(() => writeIndex(folder, output));
    // Awaited at the end of the build; until then a failure must not count as unhandled.
    early.written.catch(() => undefined);
  };

  // Once every article page has begun (the first other page begins) and those are staged, the
  // article pages never begun are the ones Astro copies from the last build: taken as they are.
  const takeUnrendered = async () => {
    if (taking || !articlesBegun || [...begun].some((file) => !early.staged.has(file))) return;
    taking = true;
    const unrendered = [...planned].filter((file) => !begun.has(file));
    // Taken from here on: should one of them be rendered after all, the early index cannot stand.
    for (const file of unrendered) taken.add(file);
    try {
      await Promise.all(
        unrendered.map(async (file) => {
          const target = join(folder, file);
          await mkdir(dirname(target), { recursive: true });
          // A link costs nothing; across file systems, a copy.
          await link(join(outDir, file), target).catch(() => copyFile(join(outDir, file), target));
        }),
      );
    } catch {
      return; // a page missing from the last build: the index is built from `dist/` at the end
    }
    for (const file of unrendered) early.staged.add(file);
    early.unchanged = unrendered.length;
    indexWhenComplete();
  };

  const early: EarlyIndex = {
    folder,
    staged: new Set(),
    unchanged: 0,
    stale: false,
    settled: () => Promise.allSettled(writes),
    start(url) {
      const file = pageFile(url);
      if (taken.has(file)) early.stale = true;
      else if (planned.has(file)) begun.add(file);
      else if (!articlesBegun) {
        articlesBegun = true;
        writes.push(takeUnrendered());
      }
    },
    add(url, html) {
      const file = pageFile(url);
      if (!planned.has(file)) return;
      if (taken.has(file)) {
        early.stale = true;
        return;
      }
      const target = join(folder, file);
      const write = async () => {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, html);
        early.staged.add(file);
        indexWhenComplete();
        await takeUnrendered();
      };
      // A page that could not be staged only means the index is built from `dist/` at the end.
      writes.push(write().catch(() => undefined));
    },
  };
  return early;
}

/**
 * Makes sure `root/pagefind/` indexes the article pages `root` holds: the early index when it
 * stands, otherwise a new one from `root`. Returns what was done, for the log.
 */
export async function finishSearchIndex(
  early: EarlyIndex | undefined,
  root: string,
  outDir: string | undefined,
): Promise<string> {
  const output = join(root, SEARCH_INDEX_FOLDER);
  await early?.settled();
  const written = await writtenArticlePages(root);
  const stands =
    early?.written !== undefined &&
    !early.stale &&
    outDir !== undefined &&
    join(outDir, SEARCH_INDEX_FOLDER) === output &&
    written.length === early.staged.size &&
    written.every((file) => early.staged.has(file));
  if (stands) {
    await early.written;
    const unchanged = early.unchanged > 0 ? ` (${early.unchanged} as the last build wrote them)` : '';
    return `indexed ${written.length} article pages into ${SEARCH_INDEX_FOLDER}/ while the site was rendered${unchanged}`;
  }
  // An early index of other pages must leave no file behind.
  await early?.written?.catch(() => undefined);
  await rm(output, { recursive: true, force: true });
  const files = await writeIndex(root, output);
  return `indexed the article pages among ${files} HTML files in the output into ${SEARCH_INDEX_FOLDER}/`;
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
      'astro:build:start': async () => {
        const plan = buildPlan();
        if (!plan || plan.length === 0 || !outDir) return;
        const planned = new Set(plan.map((slug) => pageFile(`/articles/${slug}/`)));
        const folder = await mkdtemp(join(tmpdir(), 'tally-search-'));
        const started = startEarlyIndex(folder, planned, outDir);
        early = started;
        setRenderedPageSink({ start: (url) => started.start(url), add: (url, html) => started.add(url, html) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        const root = fileURLToPath(dir);
        const used = early;
        early = undefined;
        try {
          logger.info(await finishSearchIndex(used, root, outDir));
        } finally {
          if (used) await rm(used.folder, { recursive: true, force: true });
          await pagefind.close();
        }
      },
    },
  };
}
