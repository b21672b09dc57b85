/**
 * The static paths of the section or topic pages: each shelf's articles a page at a time
 * (`/sections/security/`, `/sections/security/2/`, …), each page keyed on the articles of its shelf
 * and the other shelves it links to, for incremental builds.
 */
import type { PaginateFunction } from 'astro';
import { shelfPageKey } from './cacheKey.ts';
import { LIST_PAGE_SIZE } from './listLengths.ts';
import { loadShelves } from './loadShelves.ts';

export async function shelfPaths(by: 'section' | 'tags', param: string, paginate: PaginateFunction) {
  const shelves = await loadShelves(by);
  const sections = await loadShelves('section');
  return shelves.flatMap((shelf) => {
    const others = shelves.filter((other) => other !== shelf);
    return paginate(shelf.articles, {
      params: { [param]: shelf.slug },
      props: { shelf },
      pageSize: LIST_PAGE_SIZE,
    }).map((path) => ({ ...path, cacheKey: shelfPageKey(shelf, path.props.page.currentPage, others, sections) }));
  });
}
