/**
 * Counts the mentions of each figure while one page renders, so the same figure cited twice
 * gets two distinct element ids. Keyed by the page's `Astro.locals`, which live for one render.
 */
const counters = new WeakMap<object, Map<string, number>>();

/** 1 for the first mention of `figureId` on this page, 2 for the second, … */
export function nextMentionNumber(locals: object, figureId: string): number {
  let counter = counters.get(locals);
  if (!counter) {
    counter = new Map();
    counters.set(locals, counter);
  }
  const next = (counter.get(figureId) ?? 0) + 1;
  counter.set(figureId, next);
  return next;
}
