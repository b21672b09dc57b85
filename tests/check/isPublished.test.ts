import { describe, expect, it } from 'vitest';
import { isPublished, publicationStatus } from '../../src/facts/isPublished.ts';
import { parsePartialDate } from '../../src/facts/partialDate.ts';

const now = new Date('2024-10-02T12:00:00Z');

describe('publicationStatus', () => {
  it.each([
    [false, '2024-10-02', 'published'],
    [false, '2024-10', 'published'],
    [false, '2024', 'published'],
    [false, '2024-10-03', 'scheduled'],
    [false, '2024-11', 'scheduled'],
    [false, '2025', 'scheduled'],
    [true, '2020-01-01', 'draft'],
    [true, '2030', 'draft'],
  ] as const)('draft %s, published %s → %s', (draft, published, status) => {
    const article = { draft, published: parsePartialDate(published) };
    expect(publicationStatus(article, now)).toBe(status);
    expect(isPublished(article, now)).toBe(status === 'published');
  });

  it('publishes at the first instant of the date, in UTC', () => {
    const article = { draft: false, published: parsePartialDate('2024-10-03') };
    expect(isPublished(article, new Date('2024-10-02T23:59:59.999Z'))).toBe(false);
    expect(isPublished(article, new Date('2024-10-03T00:00:00Z'))).toBe(true);
  });
});
