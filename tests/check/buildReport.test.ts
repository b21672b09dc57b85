/**
 * What a build and the dev server's launch print of the content check (`report` in
 * `integrations/contentCheck.ts`): every error, the first `WARNINGS_LISTED` warnings, how many
 * more there are, and the summary `npm run check` ends with.
 */
import { describe, expect, it } from 'vitest';
import { summarize, type ContentCheck } from '../../src/check/checkContent.ts';
import { formatProblem, type CheckProblem } from '../../src/check/CheckProblem.ts';
import { report, WARNINGS_LISTED } from '../../src/integrations/contentCheck.ts';

function problem(line: number, severity: CheckProblem['severity']): CheckProblem {
  return {
    file: 'content/articles/a.mdx',
    line,
    column: 3,
    field: `figures.f${line}`,
    message: `${severity} ${line}`,
    severity,
  };
}

/** A check whose problems are `warnings` warnings, with an error after the first and after the last. */
function checkWith(warnings: number): ContentCheck {
  const problems: CheckProblem[] = [];
  for (let line = 1; line <= warnings; line += 1) {
    problems.push(problem(line * 2, 'warning'));
    if (line === 1 || line === warnings) problems.push(problem(line * 2 + 1, 'error'));
  }
  const errors = problems.filter((each) => each.severity === 'error').length;
  return { articles: 1, problems, errors, warnings, suggestions: 0, resolved: new Map(), entries: new Map() };
}

describe('the content check as a build prints it', () => {
  it('lists every problem while the warnings fit', () => {
    const check = checkWith(WARNINGS_LISTED);
    expect(report(check).split('\n')).toEqual([...check.problems.map(formatProblem), summarize(check)]);
  });

  it('lists every error, the first warnings, and counts the rest', () => {
    const check = checkWith(WARNINGS_LISTED + 7);
    const lines = report(check).split('\n');
    const errors = check.problems.filter((each) => each.severity === 'error').map(formatProblem);
    const warnings = check.problems.filter((each) => each.severity === 'warning').map(formatProblem);
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(lines).toContain(error);
    expect(lines.filter((line) => warnings.includes(line))).toEqual(warnings.slice(0, WARNINGS_LISTED));
    expect(lines.at(-2)).toBe('… and 7 more warnings: npm run check lists every one.');
    expect(lines.at(-1)).toBe(summarize(check));
    expect(lines).toHaveLength(2 + WARNINGS_LISTED + 2);
  });
});
