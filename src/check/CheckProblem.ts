/** One finding of the content checker, located at a real line and column of an article file. */
export interface CheckProblem {
  /** The article's path as shown to the editor, e.g. `content/articles/x.mdx`. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line. */
  column: number;
  /** Frontmatter field path (`figures.perFacility.value`), `body` for the MDX text, `file` or `frontmatter`. */
  field: string;
  /** What was expected and what was found, and how to fix it. */
  message: string;
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: 'error' | 'warning';
  /** A warning `npm run check -- --strict` makes an error: a differing verdict no `expect` acknowledges. */
  strict?: true;
}

/** `content/articles/x.mdx:14:22  figures.x.value  expected a number, found "lots"`. */
export function formatProblem(problem: CheckProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${prefix}${problem.message}`;
}

/** Orders problems by file, then position, so output reads top to bottom. */
export function compareProblems(a: CheckProblem, b: CheckProblem): number {
  return a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column;
}
