/**
 * The site owner's settings, and the only place their defaults live.
 *
 * `TALLY_SITE` overrides the canonical origin and `TALLY_BASE` the sub-path (e.g. `/tally/`),
 * so one build command serves any static host.
 */
export interface SiteConfig {
  /** The site's name, shown in the masthead and feeds. */
  name: string;
  /** One sentence about the site, for feeds and search engines. */
  description: string;
  /** The canonical origin, without a path: `https://tally.example`. */
  site: string;
  /** The sub-path the site is served under, with both slashes: `/` or `/tally/`. */
  base: string;
  /** BCP 47 locale for numbers, dates and the `lang` attribute. */
  locale: string;
  /** Credited when an article names no authors, and as the publisher in structured data. */
  publisher: string;
  /** How much content the checker accepts; raise them here when the site needs more. */
  limits: ContentLimits;
}

export interface ContentLimits {
  /** Tags on one article. Default 20. */
  tagsPerArticle: number;
  /** Sections across the whole site, each with its own pages. Default 50. */
  sections: number;
  /** Bytes (UTF-8) of one article's text after the frontmatter. Default 1,000,000. */
  bodyBytes: number;
}

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const siteConfig: SiteConfig = {
  name: 'Tally',
  description: 'News analysis where every number is sourced and every derived number is computed and shown.',
  site: process.env.TALLY_SITE ?? 'https://tally.example',
  base: normalizeBase(process.env.TALLY_BASE ?? '/'),
  locale: 'en-GB',
  publisher: 'Tally',
  limits: {
    tagsPerArticle: 20,
    sections: 50,
    bodyBytes: 1_000_000,
  },
};
