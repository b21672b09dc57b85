/**
 * The site owner's settings, and the only place their defaults live.
 *
 * `TALLY_SITE` overrides the canonical origin and `TALLY_BASE` the sub-path (e.g. `/tally/`),
 * so one build command serves any static host.
 *
 * A setting Tally cannot honour stops every command at once, naming the setting and what it takes:
 * - `site` must be an http(s) origin. A sub-path there would be dropped from every canonical
 *   address (they are made from the root-relative path, base included), and Astro's own message
 *   for a malformed one, "Invalid URL", names no setting.
 * - `locale` must write numbers as the checker reads them in the prose: English, with comma
 *   thousands and a point for decimals ("1,234,567.5"). Another locale would format the figures
 *   one way while the checker reads the text another ("20.000" as twenty), silently.
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
  /** BCP 47 locale for numbers, dates and the `lang` attribute: an English one (`proseLocale`). */
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

/** `site` as an origin (`https://news.example.org`), or an error saying what `TALLY_SITE` takes. */
export function siteOrigin(site: string): string {
  const expected = `TALLY_SITE must be the site's origin, such as https://news.example.org, with no path`;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`${expected}: found "${site}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin === 'null') {
    throw new Error(`${expected}: found "${site}", which is not an http(s) address`);
  }
  if (url.pathname !== '/') {
    throw new Error(
      `${expected}: found "${site}"; a sub-path goes in TALLY_BASE (TALLY_BASE=${normalizeBase(url.pathname)})`,
    );
  }
  if (url.href !== `${url.origin}/`) throw new Error(`${expected}, user, query or fragment: found "${site}"`);
  return url.origin;
}

/** The number the checker reads "1,234,567.5" as. */
const PROSE_NUMBER = 1234567.5;

/** `locale` if it writes numbers as the checker reads them; otherwise an error saying so. */
export function proseLocale(locale: string): string {
  let language: string;
  let written: string;
  try {
    language = new Intl.Locale(locale).language;
    written = new Intl.NumberFormat(locale).format(PROSE_NUMBER);
  } catch {
    throw new Error(`src/siteConfig.ts: locale "${locale}" is not a BCP 47 language tag such as en-GB`);
  }
  if (language !== 'en' || written !== '1,234,567.5') {
    throw new Error(
      `src/siteConfig.ts: locale "${locale}" writes ${PROSE_NUMBER} as "${written}"; Tally checks English prose ` +
        `with numbers written "1,234,567.5", so the locale must be one that writes them so, such as en-GB or en-US`,
    );
  }
  return locale;
}

export const siteConfig: SiteConfig = {
  name: 'Tally',
  description: 'News analysis where every number is sourced and every derived number is computed and shown.',
  site: siteOrigin(process.env.TALLY_SITE ?? 'https://tally.example'),
  base: normalizeBase(process.env.TALLY_BASE ?? '/'),
  locale: proseLocale('en-GB'),
  publisher: 'Tally',
  limits: {
    tagsPerArticle: 20,
    sections: 50,
    bodyBytes: 1_000_000,
  },
};
