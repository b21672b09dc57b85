/**
 * Incremental builds: after one article changes and another is deleted, a rebuild that reuses the
 * last build's output and caches (Astro's incremental build and content store, the social-card
 * cache, the content-check cache) writes exactly the files a clean build of the changed content
 * writes, search index included.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/runBuild.ts';
import { fileChecksums } from './builtSite.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';

let scratch: string;
let content: string;

/** Builds `content` into `name/dist`, with Astro's, the cards' and the checker's caches in `name/`. */
async function build(name: string): Promise<string> {
  const folder = join(scratch, name);
  const result = await runBuild(['--outDir', join(folder, 'dist')], {
    TALLY_CONTENT_DIR: content,
    TALLY_ASTRO_CACHE_DIR: join(folder, 'astro-cache'),
    TALLY_OG_CACHE_DIR: join(folder, 'og-cache'),
    TALLY_CHECK_CACHE_DIR: join(folder, 'check-cache'),
  });
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  return result.output;
}

let warmOutput: string;
let coldOutput: string;

/** The caches a build of `warm` sweeps, each planted with an entry no run has used for a month. */
const SWEPT = ['og-cache', 'check-cache'];
const STALE = 'used-a-month-ago';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-incremental-'));
  content = join(scratch, 'content');
  await cp('tests/fixtures/publishing-hostile', content, { recursive: true });
  const seed = join(content, 'seed.mdx');
  await cp(SEED, seed);
  // Two more articles, so one is not the changed article's neighbour: its page need not change.
  // A third is deleted before the rebuild.
  const seedText = await readFile(SEED, 'utf8');
  for (const copy of ['a', 'b', 'c']) {
    await writeFile(
      join(content, `copy-${copy}.mdx`),
      seedText.replace(/^title: .*$/m, `title: Copy ${copy.toUpperCase()}`),
    );
  }
  const monthAgo = (Date.now() - 30 * 24 * 60 * 60 * 1000) / 1000;
  for (const cache of SWEPT) {
    await mkdir(join(scratch, 'warm', cache), { recursive: true });
    await writeFile(join(scratch, 'warm', cache, STALE), '');
    await utimes(join(scratch, 'warm', cache, STALE), monthAgo, monthAgo);
  }
  await build('warm');
  // One changed figure: the article's facts, fact boxes, card, downloads and search text change.
  const source = await readFile(seed, 'utf8');
  const changed = source.replace(/^(\s+value: )210$/m, '$1211');
  expect(changed, 'the seed states 210 facilities').not.toBe(source);
  await writeFile(seed, changed);
  await rm(join(content, 'copy-c.mdx'));
  warmOutput = await build('warm');
  coldOutput = await build('cold');
}, 240_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('a rebuild after one article changed', () => {
  it('reuses the pages that did not change and renders the ones that did', () => {
    // A skipped page's log line is written whole; a rendered page's time is appended later, after
    // other lines when pages are built four at a time, so the seed is only seen to be not skipped.
    expect(warmOutput).toMatch(/\/articles\/[a-z-]+\/index\.html \((cached|restored)\)/);
    expect(warmOutput).toContain('/articles/seed/index.html');
    expect(warmOutput).not.toMatch(/\/articles\/seed\/index\.html \((cached|restored)\)/);
  });

  it("deletes what the caches held unused for a week, and keeps this build's entries", async () => {
    for (const cache of SWEPT) {
      const names = await readdir(join(scratch, 'warm', cache));
      expect(names).not.toContain(STALE);
      expect(names.length, cache).toBeGreaterThan(1);
    }
  });

  it('indexes the same article pages in the rebuild as in the clean build', () => {
    expect(coldOutput).toContain('indexed 4 article pages into pagefind/');
    expect(warmOutput).toContain('indexed 4 article pages into pagefind/');
  });

  it('writes exactly the files a clean build of the changed content writes', async () => {
    const [warm, cold] = [
      await fileChecksums(join(scratch, 'warm', 'dist')),
      await fileChecksums(join(scratch, 'cold', 'dist')),
    ];
    expect(Object.keys(warm)).toEqual(Object.keys(cold));
    expect(warm).toEqual(cold);
  });

  it('leaves out the deleted article, everywhere', async () => {
    const dist = join(scratch, 'warm', 'dist');
    expect(existsSync(join(dist, 'articles', 'copy-c'))).toBe(false);
    expect(existsSync(join(dist, 'articles', 'copy-b', 'index.html'))).toBe(true);
    for (const file of ['index.html', 'rss.xml', 'sitemap-0.xml']) {
      expect(await readFile(join(dist, file), 'utf8')).not.toContain('/articles/copy-c/');
    }
  });

  it('shows the changed figure: 100 × 211 = 21,100', async () => {
    const page = await readFile(join(scratch, 'warm', 'dist', 'articles', 'seed', 'index.html'), 'utf8');
    expect(page).toContain('100 × 211 = 21,100');
  });
});
