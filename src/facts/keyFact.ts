/**
 * The one computed fact a teaser shows for an article.
 *
 * Rules:
 * - A stated number that differs from the computation is the news: it comes first.
 * - Then any checked fact (one with a comparison), then the first fact.
 * - An article without facts has no key fact.
 */
import type { ResolvedArticle, ResolvedFact } from './resolveArticle.ts';

export function keyFact(article: Pick<ResolvedArticle, 'facts'>): ResolvedFact | undefined {
  return (
    article.facts.find((fact) => fact.comparison?.verdict === 'differs') ??
    article.facts.find((fact) => fact.comparison) ??
    article.facts[0]
  );
}
