/** One mistake in an article, located by its frontmatter field path. */
export interface ArticleProblem {
  /** Dotted path into the frontmatter, e.g. `facts.quota.formula`; `body` for the MDX text. */
  field: string;
  /** What was expected and what was found. */
  message: string;
  /** 0-based offset of the offending text within the field's string value, when known. */
  offset?: number;
}

/** Every problem found in one article file. Thrown so that a build stops with all of them. */
export class ArticleError extends Error {
  readonly file: string;
  readonly problems: readonly ArticleProblem[];

  constructor(file: string, problems: readonly ArticleProblem[]) {
    super(problems.map((problem) => `${file}  ${problem.field}  ${problem.message}`).join('\n'));
    this.name = 'ArticleError';
    this.file = file;
    this.problems = problems;
  }
}
