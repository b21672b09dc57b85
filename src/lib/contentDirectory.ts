/**
 * Where articles are read from. `TALLY_CONTENT_DIR` points a build or a check at another folder
 * (the test fixtures, the benchmark corpora); by default it is `content/articles`.
 */
export function contentDirectory(): string {
  return process.env.TALLY_CONTENT_DIR ?? 'content/articles';
}
