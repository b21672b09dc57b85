/**
 * An article's companion files come from one place: the dev server's route answers with the bytes
 * `astro build` writes (the build renders no route for them; `integrations/articleFiles.ts`
 * writes them). Compared against the suite's build of the seed (`dist/`).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { ARTICLE_FILE_NAMES, articleFileResponse, type ArticleFileSource } from '../../src/lib/articleFiles.ts';
import { articleFilePaths } from '../../src/lib/articleFilePaths.ts';
import { setContentCheckGate } from '../../src/lib/contentCheckGate.ts';

const checked = checkContent({ directory: 'content/articles', locale: 'en-GB' });
const seeds: ArticleFileSource[] = [...checked.entries].map(([slug, { article }]) => ({ slug, resolved: article }));

afterAll(() => setContentCheckGate(undefined));

describe('article files', () => {
  it('are served in dev with the bytes the build wrote', async () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(ARTICLE_FILE_NAMES).toEqual(['figures.json', 'figures.csv', 'og.png']);
    for (const article of seeds) {
      for (const name of ARTICLE_FILE_NAMES) {
        const served = new Uint8Array(await (await articleFileResponse(name, article)).arrayBuffer());
        const written = new Uint8Array(await readFile(`dist/articles/${article.slug}/${name}`));
        expect(served.length, name).toBeGreaterThan(100);
        expect(Buffer.compare(served, written), `${article.slug}/${name}`).toBe(0);
      }
    }
  });

  it('are served with their content types', async () => {
    const types = await Promise.all(
      ARTICLE_FILE_NAMES.map(async (name) => (await articleFileResponse(name, seeds[0]!)).headers.get('content-type')),
    );
    expect(types).toEqual(['application/json; charset=utf-8', 'text/csv; charset=utf-8; header=present', 'image/png']);
  });

  it('are no routes of a build, which writes them itself', async () => {
    setContentCheckGate(Promise.resolve(checked.entries));
    expect(await articleFilePaths()).toEqual([]);
  });
});
