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
  /**
   * Errors stop the build; warnings are printed and the build goes on; suggestions (a check the
   * article could declare) are printed only by `npm run check -- --suggest`.
   */
  severity: 'error' | 'warning' | 'suggestion';
  /** A warning `npm run check -- --strict` makes an error: a differing verdict no `expect` acknowledges. */
  strict?: true;
}

/**
 * `content/articles/x.mdx:14:22  figures.x.value  expected a number, found "lots"`: one line, safe
 * to print, since a message may quote what an editor wrote (see `escapeForTerminal`).
 */
export function formatProblem(problem: CheckProblem): string {
  const prefix = problem.severity === 'error' ? '' : `${problem.severity}: `;
  return escapeForTerminal(
    `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${prefix}${problem.message}`,
  );
}

/**
 * Characters a terminal would act on or hide, written as `\u{1B}`: control characters (an escape
 * sequence could recolour, move the cursor or retitle the window), line breaks (one problem, one
 * line), bidi controls and invisible characters (the line would read otherwise than it is), and
 * lone surrogates.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDFFF]/gu,
    (character) => `\\u{${character.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

/** Orders problems by file, then position, so output reads top to bottom. */
export function compareProblems(a: CheckProblem, b: CheckProblem): number {
  return a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column;
}

/**
 * "1 warning", "3 errors": a count and its noun, as the check's reports and the build's log word
 * them. `shown` is the count as printed, when it is not the plain number.
 */
export function countOf(count: number, noun: string, shown: string = String(count)): string {
  return `${shown} ${noun}${count === 1 ? '' : 's'}`;
}
