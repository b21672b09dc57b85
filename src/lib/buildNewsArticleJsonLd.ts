/**
 * schema.org `NewsArticle` structured data for an article page.
 *
 * Rules:
 * - Dates keep the precision the editor wrote: `2024-10` stays `2024-10` (ISO 8601 allows it).
 * - Bylines become `Person` authors; without any, the publisher is credited as the author.
 * - Every source is a `citation`: its title (or publisher), publisher, address and date.
 * - Every fact that checks a stated number is a `ClaimReview` part of the article, as
 *   fact-checkers publish them: the claim (who made it, where `claimedBy` says), the rating from
 *   the verdict (1 differs, 2 may match, 3 matches) and the computation as the review's body.
 * - Values are copied as data; escaping for HTML is `serializeJsonLd`'s job.
 */
import { VERDICT_MARKS } from '../facts/compareStated.ts';
import type { ResolvedArticle, ResolvedFact, ResolvedSource } from '../facts/resolveArticle.ts';

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

const RATINGS = { differs: 1, 'may match': 2, matches: 3 } as const;

function claimReview(fact: ResolvedFact, url: string, publisher: Thing): Thing | undefined {
  const comparison = fact.comparison;
  if (!comparison) return undefined;
  const stated = comparison.stated;
  return {
    '@type': 'ClaimReview',
    url: `${url}#fact-${fact.id}`,
    name: fact.title,
    claimReviewed: `${stated.label}: ${[stated.display, stated.unitWords].filter(Boolean).join(' ')}`,
    itemReviewed: {
      '@type': 'Claim',
      ...(stated.claimedBy && { author: { '@type': 'Person', name: stated.claimedBy } }),
      ...(stated.source && {
        appearance: {
          '@type': 'CreativeWork',
          name: stated.source.title ?? stated.source.publisher,
          ...(stated.source.url && { url: stated.source.url }),
        },
      }),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATINGS[comparison.verdict],
      bestRating: 3,
      worstRating: 1,
      alternateName: VERDICT_MARKS[comparison.verdict].word,
    },
    reviewBody: `${fact.equation}. ${comparison.summary}`,
    author: publisher,
  };
}

export function buildNewsArticleJsonLd(article: ResolvedArticle, context: NewsArticleContext): Thing {
  const publisher = { '@type': 'Organization', name: context.publisher.name, url: context.publisher.url };
  const reviews = article.facts.flatMap((fact) => claimReview(fact, context.url, publisher) ?? []);
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
    ...(reviews.length > 0 && { hasPart: reviews }),
  };
}
