/**
 * Bad input never does damage: the seed article cut short, with a piece missing, or with stray
 * YAML and MDX punctuation inserted at many points, is always answered with located problems,
 * never an exception.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const seed = readFileSync(SEED, 'utf8');
const STEP = 211;

function damaged(): { label: string; text: string }[] {
  const cases: { label: string; text: string }[] = [];
  for (let cut = STEP; cut < seed.length; cut += STEP) {
    cases.push({ label: `cut at ${cut}`, text: seed.slice(0, cut) });
    cases.push({ label: `7 characters missing at ${cut}`, text: seed.slice(0, cut) + seed.slice(cut + 7) });
    cases.push({ label: `punctuation inserted at ${cut}`, text: `${seed.slice(0, cut)}{<"':[${seed.slice(cut)}` });
  }
  return cases;
}

describe('checkArticle on damaged copies of the seed article', () => {
  it('reports the seed itself with no errors', () => {
    const check = checkArticle(seed, { file: SEED, locale: 'en-GB' });
    expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('never throws, and every problem has a real position inside the file', () => {
    const cases = damaged();
    expect(cases.length).toBeGreaterThan(50);
    for (const { label, text } of cases) {
      const check = checkArticle(text, { file: SEED, locale: 'en-GB' });
      const lines = text.split('\n').length;
      for (const problem of check.problems) {
        expect(problem.line, label).toBeGreaterThanOrEqual(1);
        expect(problem.line, label).toBeLessThanOrEqual(lines + 1);
        expect(problem.column, label).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
