import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/pagefindSearch.ts';

const folders: string[] = [];

/** A built site's folder holding `pages` (path → the text inside `data-pagefind-body`). */
function site(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tally-pagefind-'));
  folders.push(root);
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    const body = `<main data-pagefind-body><h1>${text}</h1><p>${text} in a sentence.</p></main>`;
    writeFileSync(
      join(root, path),
      `<!doctype html><html lang="en-GB"><head><title>${text}</title></head><body>${body}</body></html>`,
    );
  }
  return root;
}

/** The text of every page the index holds, from its fragments (gzip, after Pagefind's signature). */
function indexedTexts(root: string): string[] {
  const folder = join(root, 'pagefind', 'fragment');
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
    .map((text) => JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string })
    .map(({ url, content }) => `${url} ${content}`)
    .sort();
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('writeSearchIndex', () => {
  it('indexes the article pages, and only them, by their path within the site', async () => {
    const root = site({
      'articles/alpha/index.html': 'Alpha prisoners',
      'articles/beta/index.html': 'Beta casualties',
      'index.html': 'Home page',
      'search/index.html': 'Search page',
    });
    const { pages, warnings } = await writeSearchIndex(root);
    expect(pages).toBe(2);
    expect(warnings).toEqual([]);
    expect(indexedTexts(root)).toEqual([
      '/articles/alpha/ Alpha prisoners. Alpha prisoners in a sentence.',
      '/articles/beta/ Beta casualties. Beta casualties in a sentence.',
    ]);
  });

  it('leaves no file of an older index beside the new one', async () => {
    const root = site({ 'articles/alpha/index.html': 'Alpha' });
    mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(root, 'pagefind', 'fragment', 'en-gb_stale.pf_fragment'), 'stale');
    await writeSearchIndex(root);
    expect(existsSync(join(root, 'pagefind', 'fragment', 'en-gb_stale.pf_fragment'))).toBe(false);
    expect(indexedTexts(root)).toHaveLength(1);
  });

  it('writes the same bytes for the same pages', async () => {
    const pages = { 'articles/alpha/index.html': 'Alpha', 'articles/beta/index.html': 'Beta' };
    const [first, second] = [site(pages), site(pages)];
    await writeSearchIndex(first);
    await writeSearchIndex(second);
    const files = (root: string) =>
      readdirSync(join(root, 'pagefind'), { recursive: true, encoding: 'utf8' })
        .sort()
        .filter((name) => statSync(join(root, 'pagefind', name)).isFile())
        .map((name) => [name, readFileSync(join(root, 'pagefind', name)).toString('base64')]);
    expect(files(second)).toEqual(files(first));
  });

  it('gives a site with no article page yet the search bundle, with an empty index', async () => {
    const root = site({ 'index.html': 'Home page', 'search/index.html': 'Search page' });
    const { pages } = await writeSearchIndex(root);
    expect(pages).toBe(0);
    for (const file of ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-entry.json']) {
      expect(existsSync(join(root, 'pagefind', file)), file).toBe(true);
    }
  });
});
