import { describe, expect, it } from 'vitest';
import { listPageTitle, pagerLinks } from '../../src/lib/listPages.ts';

describe('paginated list words', () => {
  it('title the first page by its name alone and the others by number, grouped like every number', () => {
    expect(listPageTitle('Security', { currentPage: 1, lastPage: 3 })).toBe('Security');
    expect(listPageTitle('Security', { currentPage: 2, lastPage: 3 })).toBe('Security, page 2 of 3');
    expect(listPageTitle('All articles', { currentPage: 1001, lastPage: 1200 })).toBe(
      'All articles, page 1,001 of 1,200',
    );
  });

  it('link the newer and the older page only where they exist', () => {
    const url = { prev: '/archive/', next: '/archive/3/' };
    expect(pagerLinks({ currentPage: 2, url })).toEqual({
      newer: { href: '/archive/', label: 'Page 1' },
      older: { href: '/archive/3/', label: 'Page 3' },
    });
    expect(pagerLinks({ currentPage: 1, url: { next: '/archive/2/' } })).toEqual({
      older: { href: '/archive/2/', label: 'Page 2' },
    });
    expect(pagerLinks({ currentPage: 1, url: {} })).toEqual({});
  });
});
