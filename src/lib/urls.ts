/**
 * Every internal URL is made here, so a build under a sub-path (`TALLY_BASE=/tally/`) resolves
 * everything beneath it.
 *
 * Rule: origin and base come from `siteConfig`, which Astro's own `site` and `base` are set from,
 * so pages and the build's integrations (which have no `import.meta.env` of Astro's) agree.
 */
import { siteConfig } from '../siteConfig.ts';

const base = siteConfig.base;

/** A site path under the configured base: `sitePath('articles/x/')` → `/tally/articles/x/`. */
export function sitePath(path = ''): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

export function articlePath(slug: string): string {
  return sitePath(`articles/${slug}/`);
}

/**
 * A root-relative path (from `sitePath()` and friends, or `Astro.url.pathname`) as an absolute URL
 * on the canonical origin, for feeds, canonical links, cards and structured data.
 */
export function absoluteUrl(rootRelativePath: string): string {
  return new URL(rootRelativePath, siteConfig.site).href;
}

export function feedPath(): string {
  return sitePath('rss.xml');
}

export function searchPath(): string {
  return sitePath('search/');
}

/** The article's generated social card (1200×630 PNG). */
export function ogImagePath(slug: string): string {
  return sitePath(`articles/${slug}/og.png`);
}

/** The article's figures and facts as a download: `figures.json` or `figures.csv`. */
export function figuresDownloadPath(slug: string, format: 'json' | 'csv'): string {
  return sitePath(`articles/${slug}/figures.${format}`);
}
