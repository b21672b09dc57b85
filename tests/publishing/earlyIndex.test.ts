/**
 * The search index written while a build renders (`pagefindSearch`), driven as Astro drives it:
 * a page begins (`start`), an article page is rendered (`add`), Astro writes it to `dist/`. Whatever
 * way it goes, `dist/pagefind/` must be the index of the article pages in `dist/`.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { finishSearchIndex, startEarlyIndex, type EarlyIndex } from '../../src/integrations/pagefindSearch.ts';
import { fileChecksums } from './builtSite.ts';

function page(title: string, text: string): Uint8Array {
  return new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><title>${title}</title></head>` +
      `<body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`,
  );
}

const PLANNED = new Set(['alpha', 'beta', 'gamma'].map((slug) => join('articles', slug, 'index.html')));

let scratch: string;
let dist: string;

/** Writes a page to `dist/` as Astro does once it is rendered (or as the last build left it). */
async function writeToDist(slug: string, html: Uint8Array): Promise<void> {
  await mkdir(join(dist, 'articles', slug), { recursive: true });
  await writeFile(join(dist, 'articles', slug, 'index.html'), html);
}

/** A page of the plan rendered in this build: begun, handed over, then written by Astro. */
async function render(early: EarlyIndex, slug: string, html: Uint8Array): Promise<void> {
  early.start(`/articles/${slug}/`);
  early.add(`/articles/${slug}/`, html);
  await writeToDist(slug, html);
}

/** The index a build of `dist/` alone writes (the files, by checksum), to hold the others to. */
async function indexOfDist(): Promise<Record<string, string>> {
  const copy = join(scratch, `copy-${Math.random().toString(36).slice(2)}`);
  await cp(dist, copy, { recursive: true });
  await rm(join(copy, 'pagefind'), { recursive: true, force: true });
  expect(await finishSearchIndex(undefined, copy, undefined)).toMatch(/among \d+ HTML files/);
  return fileChecksums(join(copy, 'pagefind'));
}

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-early-index-'));
  dist = join(scratch, 'dist');
  await mkdir(dist);
  return () => rm(scratch, { recursive: true, force: true });
});

afterAll(() => pagefind.close());

describe('the search index written while the site renders', () => {
  it('is built from the staged pages once the last article page of a clean build is rendered', async () => {
    const early = startEarlyIndex(join(scratch, 'staging'), PLANNED, dist);
    for (const slug of ['alpha', 'beta', 'gamma']) await render(early, slug, page(slug, `Text of ${slug}.`));
    early.start('/rss.xml');
    expect(await finishSearchIndex(early, dist, dist)).toBe(
      'indexed 3 article pages into pagefind/ while the site was rendered',
    );
    expect(await fileChecksums(join(dist, 'pagefind'))).toEqual(await indexOfDist());
  });

  it('takes the pages a rebuild keeps from the last build, as they are in dist/', async () => {
    for (const slug of ['alpha', 'beta', 'gamma']) await writeToDist(slug, page(slug, `Old text of ${slug}.`));
    const early = startEarlyIndex(join(scratch, 'staging'), PLANNED, dist);
    await render(early, 'beta', page('beta', 'New text of beta, with 21,100.'));
    // Staged before the first other page begins: that page alone tells the rest were kept.
    await early.settled();
    early.start('/articles/beta/og.png');
    expect(await finishSearchIndex(early, dist, dist)).toBe(
      'indexed 3 article pages into pagefind/ while the site was rendered (2 as the last build wrote them)',
    );
    expect(await fileChecksums(join(dist, 'pagefind'))).toEqual(await indexOfDist());
    // The kept pages were linked or copied, never written over.
    expect(await readFile(join(dist, 'articles', 'alpha', 'index.html'), 'utf8')).toContain('Old text of alpha.');
  });

  it('does not stand when a page taken as kept is rendered after all: dist/ is indexed instead', async () => {
    for (const slug of ['alpha', 'beta', 'gamma']) await writeToDist(slug, page(slug, `Old text of ${slug}.`));
    const early = startEarlyIndex(join(scratch, 'staging'), PLANNED, dist);
    await render(early, 'alpha', page('alpha', 'New text of alpha.'));
    early.start('/rss.xml');
    await early.settled();
    await render(early, 'gamma', page('gamma', 'New text of gamma.'));
    expect(early.stale).toBe(true);
    expect(await finishSearchIndex(early, dist, dist)).toMatch(/^indexed the article pages among 3 HTML files/);
    expect(await fileChecksums(join(dist, 'pagefind'))).toEqual(await indexOfDist());
  });

  it('is not built early when a kept page is missing from the last build', async () => {
    await writeToDist('alpha', page('alpha', 'Text of alpha.'));
    const early = startEarlyIndex(join(scratch, 'staging'), PLANNED, dist);
    early.start('/rss.xml');
    await early.settled();
    expect(early.written).toBeUndefined();
    // Astro restores the missing pages from its own cache before the build ends.
    for (const slug of ['beta', 'gamma']) await writeToDist(slug, page(slug, `Text of ${slug}.`));
    expect(await finishSearchIndex(early, dist, dist)).toMatch(/^indexed the article pages among 3 HTML files/);
  });
});
