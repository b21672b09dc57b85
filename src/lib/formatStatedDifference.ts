/**
 * How far a stated number is from the computed one, in a few words: "1,000 fewer", "2.5
 * percentage points higher". The "By the numbers" panel and the teasers give it beside the
 * stated number; the fact box gives it in its full verdict sentence.
 *
 * Rules (the same as the verdict sentence of `compare` in src/facts/resolveArticle.ts, which
 * a test holds this to):
 * - Only a stated number that differs has an amount; one that matches has none.
 * - The amount is the absolute difference in the fact's own format; a compact result's gap is
 *   written in full ("250,000", not "250 thousand").
 * - Counts (`count`, `compact`) are "fewer" or "more"; other numbers "lower" or "higher".
 * - A gap between percentages is in percentage points.
 */
import { formatValue } from '../facts/formatValue.ts';
import type { ResolvedFact } from '../facts/resolveArticle.ts';

export function formatStatedDifference(fact: ResolvedFact, locale: string): string | undefined {
  const comparison = fact.comparison;
  if (comparison?.verdict !== 'differs') return undefined;
  const { difference } = comparison;
  const below = difference < 0;
  if (fact.format === 'percent') {
    return `${formatValue(Math.abs(difference) * 100, 'number', locale)} percentage points ${below ? 'lower' : 'higher'}`;
  }
  const countable = fact.format === 'count' || fact.format === 'compact';
  const amount = formatValue(Math.abs(difference), fact.format === 'compact' ? 'count' : fact.format, locale);
  const direction = countable ? (below ? 'fewer' : 'more') : below ? 'lower' : 'higher';
  return `${amount} ${direction}`;
}
