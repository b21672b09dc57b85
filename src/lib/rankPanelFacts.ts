/**
 * Which computed facts the "By the numbers" panel shows in full, and which in its short list.
 *
 * Rules:
 * - A fact whose stated number differs from the computation is the news: differing facts come
 *   first.
 * - Then the facts in the order the text places their boxes; facts with no box in the text
 *   (shown under "More of the arithmetic") last, in the order the frontmatter declares them.
 * - The first `fullCount` (five by default) are shown in full, the rest in the short list, in
 *   the same order.
 */
import type { ResolvedFact } from '../facts/resolveArticle.ts';

export const PANEL_FULL_FACTS = 5;

export interface PanelFacts {
  /** Shown with their result, arithmetic and verdict. */
  full: ResolvedFact[];
  /** Shown as one line each: title, result, verdict mark. */
  brief: ResolvedFact[];
}

/** `boxOrder`: the ids of the facts the text places with `<FactBox>`, in the order it does. */
export function rankPanelFacts(
  facts: readonly ResolvedFact[],
  boxOrder: Iterable<string>,
  fullCount: number = PANEL_FULL_FACTS,
): PanelFacts {
  const placed = new Map([...boxOrder].map((id, index) => [id, index]));
  const declared = new Map(facts.map((fact, index) => [fact.id, index]));
  const rank = (fact: ResolvedFact) => [
    fact.comparison?.verdict === 'differs' ? 0 : 1,
    placed.get(fact.id) ?? placed.size,
    declared.get(fact.id)!,
  ];
  const ranked = [...facts].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  });
  return { full: ranked.slice(0, fullCount), brief: ranked.slice(fullCount) };
}
