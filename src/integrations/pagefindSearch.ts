/**
 * Builds the Pagefind search index with Pagefind's own command, so a plain `astro build` produces
 * `dist/pagefind/`.
 *
 * Rules:
 * - Only what the build wrote is indexed, and only the article pages (`articles/<slug>/index.html`,
 *   the pages with `data-pagefind-body`), so lists, the search page and the 404 page are not
 *   results and drafts, which are never built, cannot be.
 * - Pagefind reads the pages from the output folder once the site is written (`--glob`): it
 *   parses them on every core and orders them itself, so the same pages give the same index,
 *   clean build or incremental. Handing it each page as Astro renders it (one request a page,
 *   parsed on one core) was measured 2–3× slower.
 * - It runs as the `pagefind` command (the package's `bin`, on this Node), in the output folder,
 *   so no `pagefind.yml` of the project changes the index. Pagefind's Node API writes the same
 *   bytes more slowly. Measured 7 December 2026 on two cores: on the 10,000-article bench's
 *   9,779 pages, indexing alone took 49.4 / 54.1 s through the API against 30.5 / 30.4 s for the
 *   command, and a whole 10,000-article build (`bench/compareBuilds.ts`, one pair) 189.5 s cold
 *   and 140.6 s warm against 158.0 s and 107.9 s. On 977 pages indexing took 4.1–4.9 s against
 *   2.8 s, which three pairs of 1,000-article builds could not tell from their noise.
 * - A site with no article page yet (every article a draft) still gets the search bundle, with an
 *   empty index, through Pagefind's Node API: the command refuses to write an index of nothing,
 *   and the search page loads the bundle's script and style.
 * - Pages are indexed by their path within the site (`/articles/x/`); the search page tells
 *   Pagefind's UI the base (`base-url`), which it puts in front, so a sub-path build links right.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { countOf } from '../check/CheckProblem.ts';

/** Where the index goes, inside the build's output folder. */
const SEARCH_INDEX_FOLDER = 'pagefind';

/** The pages Pagefind reads, relative to the output folder. */
const ARTICLE_PAGES = 'articles/*/index.html';

const run = promisify(execFile);

/** The `pagefind` command's script, as the installed package declares it. */
function pagefindCommand(): string {
  const manifest = findPackageJSON('pagefind', import.meta.url);
  if (!manifest) throw new Error('Pagefind is not installed: run npm install');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin.pagefind!);
}

/** What Pagefind printed (it prints only warnings and errors when quiet), one entry a line. */
function linesOf(...outputs: string[]): string[] {
  return outputs.flatMap((output) => output.split('\n').map((line) => line.trim())).filter(Boolean);
}

/** Indexes the article pages under `root` into `root/pagefind/`; returns the warnings printed. */
async function writeIndex(root: string): Promise<string[]> {
  const args = [pagefindCommand(), '--site', '.', '--glob', ARTICLE_PAGES, '--output-subdir', SEARCH_INDEX_FOLDER];
  try {
    const { stdout, stderr } = await run(process.execPath, [...args, '--quiet'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      windowsHide: true,
    });
    return linesOf(stdout, stderr);
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    const printed = linesOf(stdout, stderr);
    throw new Error(`Pagefind could not index ${root}: ${printed.length > 0 ? printed.join('; ') : message}`);
  }
}

/** Whether the build wrote any article page for Pagefind to read. */
function hasArticlePages(root: string): boolean {
  const folder = join(root, 'articles');
  return existsSync(folder) && readdirSync(folder).some((slug) => existsSync(join(folder, slug, 'index.html')));
}

/** The search bundle with an index of no page: what the search page loads before any article is published. */
async function writeEmptyIndex(root: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(root, SEARCH_INDEX_FOLDER) });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
}

/** How many pages the index written under `root` holds, over every language. */
function pagesIndexed(root: string): number {
  const entry = JSON.parse(readFileSync(join(root, SEARCH_INDEX_FOLDER, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
}

/**
 * Writes `root/pagefind/` afresh from the article pages under `root`: the number of pages indexed,
 * and the warnings Pagefind printed.
 */
export async function writeSearchIndex(root: string): Promise<{ pages: number; warnings: string[] }> {
  // No file of an older index may stay beside the new one.
  await rm(join(root, SEARCH_INDEX_FOLDER), { recursive: true, force: true });
  let warnings: string[] = [];
  if (hasArticlePages(root)) warnings = await writeIndex(root);
  else await writeEmptyIndex(root);
  return { pages: pagesIndexed(root), warnings };
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'tally:pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, warnings } = await writeSearchIndex(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`indexed ${countOf(pages, 'article page')} into ${SEARCH_INDEX_FOLDER}/`);
      },
    },
  };
}
