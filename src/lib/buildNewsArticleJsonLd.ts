/**
 * schema.org `NewsArticle` structured data for an article page.
 *
 * Rules:
 * - Dates keep the precision the editor wrote: `2024-10` stays `2024-10` (ISO 8601 allows it).
 * - Bylines become `Person` authors; without any, the publisher is credited as the author.
 * - Every source is a `citation`: its title (or publisher), publisher, address and date.
 * - Values are copied as data; escaping for HTML is `serializeJsonLd`'s job.
 */
import type { ResolvedArticle, ResolvedSource } from '../facts/resolveArticle.ts';

export interface NewsArticleContext {
  /** The article's canonical absolute URL. */
  url: string;
  /** The absolute URL of its social card. */
  imageUrl: string;
  publisher: { name: string; url: string };
}

type Thing = Record<string, unknown>;

function citation(source: ResolvedSource): Thing {
  return {
    '@type': 'CreativeWork',
    name: source.title ?? source.publisher,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.url && { url: source.url }),
    ...(source.published && { datePublished: source.published.iso }),
  };
}

export function buildNewsArticleJsonLd(article: ResolvedArticle, context: NewsArticleContext): Thing {
  const publisher = { '@type': 'Organization', name: context.publisher.name, url: context.publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    url: context.url,
    mainEntityOfPage: context.url,
    image: [context.imageUrl],
    datePublished: article.published.iso,
    ...(article.updated && { dateModified: article.updated.iso }),
    inLanguage: article.locale,
    articleSection: article.section,
    ...(article.tags.length > 0 && { keywords: article.tags }),
    author: article.authors.length > 0 ? article.authors.map((name) => ({ '@type': 'Person', name })) : [publisher],
    publisher,
    ...(article.sources.length > 0 && { citation: article.sources.map(citation) }),
  };
}
