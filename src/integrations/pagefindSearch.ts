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
 * - A clean build renders every planned article page first (`articlePagesFirst`). Each is also
 *   written to a staging folder as it is rendered (`lib/searchIndexDuringBuild.ts`); once the last
 *   is there, the index is built from that folder and written while Astro renders the rest of the
 *   site. It stands only if the build wrote exactly those article pages.
 * - Otherwise (an incremental build copies unchanged pages instead of rendering them) the index
 *   is built from `dist/` at the end. Both ways index the same files, so they write the same index.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
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

/** The index a clean build writes while it renders: from a staging folder of its article pages. */
interface EarlyIndex {
  folder: string;
  /** The pages staged so far, as files relative to the output folder. */
  staged: Set<string>;
  /** Resolves once every staging write has finished, well or not. */
  settled: () => Promise<unknown>;
  /** Set once every planned page is staged: the index, being written to `output`. */
  written?: Promise<number>;
  /** Stages a rendered page (`url`: its path within the site); pages outside the plan are ignored. */
  add: (url: string, html: Uint8Array) => void;
}

function startEarlyIndex(folder: string, planned: ReadonlySet<string>, output: string): EarlyIndex {
  const writes: Promise<void>[] = [];
  const early: EarlyIndex = {
    folder,
    staged: new Set(),
    settled: () => Promise.allSettled(writes),
    add(url, html) {
      const file = pageFile(url);
      if (!planned.has(file)) return;
      const target = join(folder, file);
      const write = async () => {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, html);
        early.staged.add(file);
        if (early.staged.size === planned.size && !early.written) {
          early.written = writeIndex(folder, output);
          // Awaited at the end of the build; until then a failure must not count as unhandled.
          early.written.catch(() => undefined);
        }
      };
      // A page that could not be staged only means the index is built from `dist/` at the end.
      writes.push(write().catch(() => undefined));
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
      'astro:build:start': async () => {
        const plan = buildPlan();
        if (!plan || plan.length === 0 || !outDir) return;
        const planned = new Set(plan.map((slug) => pageFile(`/articles/${slug}/`)));
        const folder = await mkdtemp(join(tmpdir(), 'tally-search-'));
        const started = startEarlyIndex(folder, planned, join(outDir, SEARCH_INDEX_FOLDER));
        early = started;
        setRenderedPageSink({ add: (url, html) => started.add(url, html) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageSink(undefined);
        const root = fileURLToPath(dir);
        const output = join(root, SEARCH_INDEX_FOLDER);
        const used = early;
        early = undefined;
        try {
          await used?.settled();
          const written = await writtenArticlePages(root);
          const stands =
            used?.written !== undefined &&
            outDir !== undefined &&
            join(outDir, SEARCH_INDEX_FOLDER) === output &&
            written.length === used.staged.size &&
            written.every((file) => used.staged.has(file));
          if (stands) {
            await used.written;
            logger.info(
              `indexed ${written.length} article pages into ${SEARCH_INDEX_FOLDER}/ while the site was rendered`,
            );
            return;
          }
          // An early index of other pages must leave no file behind.
          await used?.written?.catch(() => undefined);
          await rm(output, { recursive: true, force: true });
          const files = await writeIndex(root, output);
          logger.info(`indexed the article pages among ${files} HTML files in the output into ${SEARCH_INDEX_FOLDER}/`);
        } finally {
          if (used) await rm(used.folder, { recursive: true, force: true });
          await pagefind.close();
        }
      },
    },
  };
}
