/**
 * The names an editor most likely meant by one that does not exist: "staf" for `staff`,
 * "Kantar" for `kantar`, "lable" for `label`.
 *
 * Rules:
 * - The same name in other letter case is the answer, alone.
 * - Otherwise the known names fewest edits away (an insertion, a deletion, a substitution or two
 *   neighbouring letters swapped, counted by `editDistance`), at most one edit for a name of three
 *   or four letters and two for a longer one, so "profit" is not taken for "profit2025"; none for
 *   a name of one or two letters.
 * - At most two names, in the order given, so a message never lists a guess of ten.
 */
export function closestNames(name: string, known: readonly string[]): string[] {
  const lower = name.toLowerCase();
  const sameLetters = known.filter((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters.length > 0) return sameLetters.slice(0, 2);
  // One letter of "y" changed is "x": a name of one or two letters has no near miss.
  if (name.length < 3) return [];
  let best = name.length <= 4 ? 1 : 2;
  let found: string[] = [];
  for (const candidate of known) {
    // Exact up to `best`; anything more comes back as best + 1.
    const distance = editDistance(lower, candidate.toLowerCase(), best + 1);
    if (distance < best) [best, found] = [distance, [candidate]];
    else if (distance === best) found.push(candidate);
  }
  return found.slice(0, 2);
}

/** `closestNames` as words for a message: `did you mean "staff"?`, or nothing. */
export function didYouMean(name: string, known: readonly string[]): string {
  const names = closestNames(name, known).map((candidate) => `"${candidate}"`);
  return names.length > 0 ? `did you mean ${names.join(' or ')}?` : '';
}

/**
 * Edits between two words (optimal string alignment: Levenshtein with swaps of neighbours), or
 * `limit` once it is certain to be at least that.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, before[j - 2]! + 1);
      }
      current.push(distance);
      rowBest = Math.min(rowBest, distance);
    }
    if (rowBest >= limit) return limit;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, limit);
}
