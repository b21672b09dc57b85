import { describe, expect, it } from 'vitest';
import { articlePageKey, shelfPageKey } from '../../src/lib/cacheKey.ts';
import type { Article } from '../../src/lib/loadArticles.ts';
import type { Shelf } from '../../src/lib/groupArticles.ts';

/** Only the entry digest matters to the keys; the rest of an Article is not read. */
const article = (digest: string) => ({ entry: { digest } }) as unknown as Article;
const shelf = (name: string, articles: Article[] = []): Shelf => ({ name, slug: name.toLowerCase(), articles });

describe('cache keys for incremental builds', () => {
  const a = article('a1');
  const b = article('b1');
  const sections = [shelf('Security')];

  it('keep an article page when nothing it shows has changed', () => {
    expect(articlePageKey(a, { older: b }, sections)).toBe(
      articlePageKey(article('a1'), { older: article('b1') }, [shelf('Security')]),
    );
  });

  it.each([
    ['its own text or frontmatter', articlePageKey(article('a2'), { older: b }, sections)],
    ['a neighbour it links to', articlePageKey(a, { older: article('b2') }, sections)],
    ['a neighbour appearing', articlePageKey(a, { newer: article('c1'), older: b }, sections)],
    ['the section navigation', articlePageKey(a, { older: b }, [...sections, shelf('Economy')])],
  ])('re-render an article page when %s changes', (_change, changed) => {
    expect(changed).not.toBe(articlePageKey(a, { older: b }, sections));
  });

  it('re-render a shelf page when one of its articles, its page number or the other shelves change', () => {
    const base = shelfPageKey(shelf('Russia', [a, b]), 1, [shelf('Prisons')], sections);
    expect(shelfPageKey(shelf('Russia', [a, article('b2')]), 1, [shelf('Prisons')], sections)).not.toBe(base);
    expect(shelfPageKey(shelf('Russia', [a, b]), 2, [shelf('Prisons')], sections)).not.toBe(base);
    expect(shelfPageKey(shelf('Russia', [a, b]), 1, [shelf('Prisons'), shelf('War')], sections)).not.toBe(base);
    expect(shelfPageKey(shelf('Russia', [a, b]), 1, [shelf('Prisons')], sections)).toBe(base);
  });
});
