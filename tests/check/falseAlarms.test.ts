/**
 * False alarms of the fact-checking rules (issue 18): on articles known to be correct (the seed and
 * the fixtures written to be right), the checks an article is missing (`suggestChecks`) may
 * suggest facts to declare but must raise no warning, and numbers in words must all be bound.
 * The counts are printed for the record.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { suggestChecks } from '../../src/check/suggestChecks.ts';

const CORRECT = [
  'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx',
  'tests/fixtures/numbers/spending-in-figures.mdx',
  'tests/fixtures/number-heavy/northmoor-winter-in-a-and-e.mdx',
  'tests/fixtures/planted/base.mdx',
];

describe('false alarms on correct articles', () => {
  const results = CORRECT.map((file) => {
    const check = checkArticle(readFileSync(file, 'utf8'), { file, locale: 'en-GB' });
    expect(check.article, `${file} resolves`).toBeDefined();
    const missing = suggestChecks(check.entry!.data, check.article!);
    const wordWarnings = check.problems.filter((problem) => /^"[^"\d]+"/.test(problem.message));
    return { file, missing, wordWarnings };
  });

  it('raises no warning from the missing checks, and binds every number in words', () => {
    for (const { file, missing, wordWarnings } of results) {
      const suggestions = missing.filter((found) => found.severity === 'suggestion').length;
      const warnings = missing.filter((found) => found.severity === 'warning');
      console.info(
        `${file}: ${warnings.length} warnings from missing checks, ${suggestions} suggestions, ${wordWarnings.length} unbound numbers in words`,
      );
      expect(warnings, file).toEqual([]);
      expect(wordWarnings, file).toEqual([]);
    }
  });
});
