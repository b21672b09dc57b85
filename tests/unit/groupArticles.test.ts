import { describe, expect, it } from 'vitest';
import { groupArticles, sectionPath, tagPath } from '../../src/lib/groupArticles.ts';
import type { Article } from '../../src/lib/loadArticles.ts';

function article(slug: string, section: string, tags: string[]): Article {
  return { slug, resolved: { section, tags } } as unknown as Article;
}

describe('groupArticles', () => {
  const articles = [
    article('newest', 'Security', ['russia', 'Human rights']),
    article('middle', 'Economy', ['human-rights']),
    article('oldest', 'security', ['russia', 'russia']),
  ];

  it('shelves articles by section, merging names with the same slug, newest first', () => {
    const shelves = groupArticles(articles, 'section');
    expect(shelves.map((shelf) => [shelf.name, shelf.slug, shelf.articles.map((item) => item.slug)])).toEqual([
      ['Economy', 'economy', ['middle']],
      ['Security', 'security', ['newest', 'oldest']],
    ]);
  });

  it('shelves articles by tag, listing an article once per tag', () => {
    const shelves = groupArticles(articles, 'tags');
    expect(shelves.map((shelf) => [shelf.slug, shelf.articles.map((item) => item.slug)])).toEqual([
      ['human-rights', ['newest', 'middle']],
      ['russia', ['newest', 'oldest']],
    ]);
  });

  it('makes section and tag paths from the slug', () => {
    expect(sectionPath('Human Rights')).toMatch(/\/sections\/human-rights\/$/);
    expect(tagPath('ukraine war')).toMatch(/\/tags\/ukraine-war\/$/);
  });
});
