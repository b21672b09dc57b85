import { describe, expect, it } from 'vitest';
import { errorsShownAt, unwatchedPaths } from '../../src/integrations/liveContentServer.ts';
import type { FailingArticle } from '../../src/check/liveContentCheck.ts';

describe('unwatchedPaths', () => {
  const root = '/site';
  const ignored = unwatchedPaths(root, '/site/dist', 'content/articles');

  it.each([
    ['/site/dist', true],
    ['/site/dist/articles/a/index.html', true],
    ['/site/bench/build/1000/index.html', true],
    ['/site/tests/fixtures/numbers/a.mdx', true],
    ['/site/docs/ARCHITECTURE.md', true],
    ['/site/src/pages/index.astro', false],
    ['/site/content/articles/a.mdx', false],
    ['/site/public/_headers', false],
    ['/site/astro.config.mjs', false],
    ['/site/distant/a.ts', false],
    ['/site/testsuite.ts', false],
  ])('%s: left out %s', (path, expected) => {
    expect(ignored(path)).toBe(expected);
  });

  it('watches an articles folder that lies inside a left-out folder, and the way to it', () => {
    const bench = unwatchedPaths(root, '/site/dist', 'bench/corpus/1000');
    expect(bench('/site/bench/corpus/1000/article-00001.mdx')).toBe(false);
    expect(bench('/site/bench/corpus/1000')).toBe(false);
    expect(bench('/site/bench/corpus')).toBe(false);
    expect(bench('/site/bench')).toBe(false);
    expect(bench('/site/bench/corpus/5000/article-00001.mdx')).toBe(true);
    expect(bench('/site/bench/build/1000/index.html')).toBe(true);
  });

  it('reads relative paths from the project root, and takes an absolute articles folder', () => {
    const outside = unwatchedPaths(root, '/site/dist', '/tmp/articles');
    expect(outside('dist/index.html')).toBe(true);
    expect(outside('src/siteConfig.ts')).toBe(false);
    expect(outside('/tmp/articles/a.mdx')).toBe(false);
  });
});

describe('errorsShownAt', () => {
  const failing = (slug: string): FailingArticle => ({
    slug,
    file: `content/articles/${slug}.mdx`,
    absolutePath: `/site/content/articles/${slug}.mdx`,
    errors: [],
  });
  const both = [failing('a'), failing('b')];

  it.each([
    ['articles/a/', ['a']],
    ['articles/b', ['b']],
    ['articles/c/', []],
    ['', ['a', 'b']],
    ['archive/2/', ['a', 'b']],
    ['sections/society/', ['a', 'b']],
    ['tags/russia/', ['a', 'b']],
    ['about/', []],
    ['search/', []],
  ])('the page at "%s" shows the errors of %j', (path, slugs) => {
    expect(errorsShownAt(path, both).map(({ slug }) => slug)).toEqual(slugs);
  });
});
