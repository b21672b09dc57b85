/**
 * The one computed fact a teaser shows for an article.
 *
 * Rules:
 * - A stated number that differs from the computation, where the editor says so (`expect:
 *   differs`), is the news: it comes first.
 * - Then any other checked fact that does not differ, then the first such fact at all.
 * - A fact whose difference no one acknowledged is never the key number: it may be the editor's
 *   slip, which the checker reports.
 * - An article without such facts has no key fact.
 */
import type { ResolvedArticle, ResolvedFact } from './resolveArticle.ts';

function unacknowledged(fact: ResolvedFact): boolean {
  return fact.comparison?.verdict === 'differs' && fact.expect !== 'differs';
}

export function keyFact(article: Pick<ResolvedArticle, 'facts'>): ResolvedFact | undefined {
  const candidates = article.facts.filter((fact) => !unacknowledged(fact));
  return (
    candidates.find((fact) => fact.comparison?.verdict === 'differs') ??
    candidates.find((fact) => fact.comparison) ??
    candidates[0]
  );
}
