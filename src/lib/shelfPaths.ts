/**
 * The static paths of the section or tag pages: one per shelf, each keyed on the articles it
 * lists and the other shelves it links to, for incremental builds.
 */
import { shelfPageKey } from './cacheKey.ts';
import { loadShelves } from './loadShelves.ts';

export async function shelfPaths(by: 'section' | 'tags', param: string) {
  const shelves = await loadShelves(by);
  const sections = await loadShelves('section');
  return shelves.map((shelf) => ({
    params: { [param]: shelf.slug },
    props: { shelf },
    cacheKey: shelfPageKey(
      shelf,
      shelves.filter((other) => other !== shelf),
      sections,
    ),
  }));
}
