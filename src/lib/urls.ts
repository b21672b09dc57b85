/**
 * Every internal URL is made here, so a build under a sub-path (`TALLY_BASE=/tally/`) resolves
 * everything beneath it.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path under the configured base: `sitePath('articles/x/')` → `/tally/articles/x/`. */
export function sitePath(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export function articlePath(slug: string): string {
  return sitePath(`articles/${slug}/`);
}
