/**
 * Long lists come a page at a time: with 60 articles in one section and under one topic, the
 * archive, the section and the topic each show 50 articles on their first page and the other 10
 * on a second, linked both ways, and every page is in the sitemap. Each article page links to the
 * articles either side of it, and the search index holds none of their titles.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../src/lib/listLengths.ts';
import { runBuild } from '../support/runBuild.ts';
import { listFiles, readText, searchFragments } from './builtSite.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const COPIES = 60;

let scratch: string;
let dist: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-pagination-'));
  const content = join(scratch, 'content');
  await mkdir(content);
  // Copies of the seed: all in its section (Security) and under its topics, told apart by title.
  const seedText = await readFile(SEED, 'utf8');
  for (let copy = 1; copy <= COPIES; copy += 1) {
    const title = `Copy ${String(copy).padStart(2, '0')}`;
    await writeFile(join(content, `copy-${copy}.mdx`), seedText.replace(/^title: .*$/m, `title: ${title}`));
  }
  dist = join(scratch, 'dist');
  const result = await runBuild(['--outDir', dist], {
    TALLY_CONTENT_DIR: content,
    TALLY_ASTRO_CACHE_DIR: join(scratch, 'astro-cache'),
    TALLY_CHECK_CACHE_DIR: join(scratch, 'check-cache'),
  });
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
}, 240_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

interface ListPage {
  title: string;
  /** The number the list starts counting at. */
  start: number;
  items: number;
  prev?: string;
  next?: string;
}

async function readListPage(path: string): Promise<ListPage> {
  const html = await readText(dist, `${path}index.html`);
  const list = /<ol class="article-list" start="(\d+)">(.*?)<\/ol>/s.exec(html);
  expect(list, `${path} has a numbered list of articles`).not.toBeNull();
  return {
    title: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!,
    start: Number(list![1]),
    items: list![2]!.match(/<li>/g)?.length ?? 0,
    prev: /<a href="([^"]*)" rel="prev"/.exec(html)?.[1],
    next: /<a href="([^"]*)" rel="next"/.exec(html)?.[1],
  };
}

describe.each([
  ['the archive', '/archive/', 'All articles'],
  ['a section', '/sections/security/', 'Security'],
  ['a topic', '/tags/conscription/', 'conscription'],
])(`%s, with ${COPIES} articles`, (_name, first, name) => {
  it(`shows ${LIST_PAGE_SIZE} on its first page, linking to the next`, async () => {
    const page = await readListPage(first);
    expect(page).toMatchObject({ start: 1, items: LIST_PAGE_SIZE, prev: undefined, next: `${first}2/` });
    expect(page.title).toBe(name);
  });

  it('shows the rest on its second page, numbered on, linking back', async () => {
    const page = await readListPage(`${first}2/`);
    expect(page).toMatchObject({
      start: LIST_PAGE_SIZE + 1,
      items: COPIES - LIST_PAGE_SIZE,
      prev: first,
      next: undefined,
    });
    expect(page.title).toBe(`${name}, page 2 of 2`);
  });

  it('has no third page, and both pages are in the sitemap', async () => {
    const files = await listFiles(dist);
    expect(files).toContain(`${first.slice(1)}2/index.html`);
    expect(files).not.toContain(`${first.slice(1)}3/index.html`);
    const sitemap = await readText(dist, 'sitemap-0.xml');
    for (const path of [first, `${first}2/`]) expect(sitemap).toContain(`${path}</loc>`);
  });
});

describe('an article page among others', () => {
  it('links to the articles either side, and search finds it by no other article’s title', async () => {
    const page = await readText(dist, 'articles/copy-30/index.html');
    expect(page).toMatch(/rel="prev"[^>]*>.*?Copy (29|31)/s);
    // The pager is a <nav>, which Pagefind leaves out of what it indexes.
    const fragments = await searchFragments(dist);
    expect(fragments).toHaveLength(COPIES);
    for (const { url, content } of fragments) {
      const own = /Copy \d\d/.exec(content)?.[0];
      expect(own, url).toBeDefined();
      expect(
        content.match(/Copy \d\d/g)?.filter((title) => title !== own),
        url,
      ).toEqual([]);
    }
  });
});
