import { describe, expect, it } from 'vitest';
import { evaluateClaim, parseClaim, type ClaimVerdict } from '../../src/facts/evaluateClaim.ts';
import { tryResolveArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

function fact(figures: Record<string, unknown>, formula: string, format = 'multiple') {
  const data = articleSchema.parse(
    articleInput({ figures, facts: { f: { title: 'F', formula, format } }, charts: [] }),
  );
  return tryResolveArticle(data, { file: 'x.mdx', locale: 'en-GB' }).article!.facts[0]!;
}

const count = (value: number, more: Record<string, unknown> = {}) => ({
  value,
  format: 'count',
  unit: 'people',
  ...more,
});

describe('parseClaim', () => {
  it.each([
    ['more than 3', { comparison: '>', value: 3 }],
    ['over 3', { comparison: '>', value: 3 }],
    ['at least 0.75', { comparison: '>=', value: 0.75 }],
    ['under 1/3', { comparison: '<', value: 1 / 3 }],
    ['less than 20%', { comparison: '<', value: 0.2, share: true }],
    ['at most 2', { comparison: '<=', value: 2 }],
    ['about 0.2', { comparison: '~', value: 0.2 }],
    ['3', { comparison: '=', value: 3 }],
    ['−0.5', { comparison: '=', value: -0.5 }],
    ['about 129 billion', { comparison: '~', value: 129e9 }],
    ['1,250', { comparison: '=', value: 1250 }],
    ['about -12.5%', { comparison: '~', value: -0.125 }],
    ['0.6 points', { comparison: '=', value: 0.006 }],
    ['more than 0.5pp', { comparison: '>', value: 0.005 }],
    ['-0.25 percentage points', { comparison: '=', value: -0.0025 }],
    ['25bp', { comparison: '=', value: 0.0025, share: true }],
    ['about 25 basis points', { comparison: '~', value: 0.0025 }],
    ['0.85p', { comparison: '=', value: 0.0085 }],
    ['about 95¢', { comparison: '~', value: 0.95 }],
  ])('reads "%s"', (says, parsed) => {
    expect(parseClaim(says)).toMatchObject(parsed);
  });

  it.each([
    ['40%', 0.01],
    ['37.7%', 0.001],
    ['0.4', 0.1],
    ['129 billion', 1e9],
    ['0.6 points', 0.001],
    ['25bp', 0.0001],
    ['1,250', 1],
    ['0.85p', 0.0001],
    ['about 1/3', undefined],
  ])('reads how precisely "%s" is written', (says, step) => {
    const parsed = parseClaim(says)!;
    if (step === undefined) expect(parsed.step).toBeUndefined();
    else expect(parsed.step).toBeCloseTo(step, 12);
  });

  it.each(['3', '1,250', 'about 129 billion', '0.85p'])('reads "%s" as no percentage', (says) => {
    expect(parseClaim(says)?.share).toBeUndefined();
  });

  it.each(['lots', 'more than', 'three', '3 or 4', ''])('refuses "%s"', (says) => {
    expect(parseClaim(says)).toBeUndefined();
  });
});

describe('evaluateClaim', () => {
  // 2.5×: 1,250 against 500.
  const ratio = fact({ a: count(1250), b: count(500) }, 'a / b');
  // About 2.5×, from an approximate input: 2.4× to 2.6× as written.
  const rough = fact({ a: count(1250, { qualifier: 'about' }), b: count(500) }, 'a / b');

  it.each<[string, string, ClaimVerdict]>([
    ['more than 3', 'more than three times', 'false'],
    ['more than 2', 'more than twice', 'true'],
    ['at least 2.5', 'at least two and a half times', 'true'],
    ['under 3', 'under three times', 'true'],
    ['about 2.5', 'about two and a half times', 'true'],
    ['about 3', 'about three times', 'false'],
    ['2.5', 'two and a half times', 'true'],
    ['3', 'three times', 'false'],
  ])('%s against an exact 2.5×', (says, words, verdict) => {
    expect(evaluateClaim(ratio, parseClaim(says)!, words, 'en-GB').verdict).toBe(verdict);
  });

  it('says why a claim is false, with the computation', () => {
    expect(evaluateClaim(ratio, parseClaim('more than 3')!, 'more than three times', 'en-GB').summary).toBe(
      '"more than three times" is false: Tally computes 2.5× (1,250 ÷ 500 = 2.5×; the claim says more than 3×).',
    );
  });

  it('leaves a claim open when approximate inputs straddle it', () => {
    expect(rough.interval.low).toBeLessThan(2.5);
    expect(evaluateClaim(rough, parseClaim('at least 2.5')!, 'at least two and a half times', 'en-GB').verdict).toBe(
      'uncertain',
    );
    expect(evaluateClaim(rough, parseClaim('more than 2')!, 'more than twice', 'en-GB').verdict).toBe('true');
  });

  it('holds "about" a round number within a fifth of it at most: "about 100%" is no 62.5%', () => {
    const share = (a: number, b: number) => fact({ a: count(a), b: count(b) }, 'a / b', 'percent');
    const verdict = (parts: [number, number], says: string) =>
      evaluateClaim(share(...parts), parseClaim(says)!, says, 'en-GB').verdict;
    expect([
      verdict([625, 1000], 'about 100%'),
      verdict([790, 1000], 'about 100%'),
      verdict([810, 1000], 'about 100%'),
      verdict([957, 1000], 'about 100%'),
      verdict([355, 1000], 'about 40%'),
      verdict([345, 1000], 'about 40%'),
    ]).toEqual(['false', 'false', 'true', 'true', 'true', 'false']);
  });

  it('judges a bare percentage to the point it is written to: "40%" is no 37.7%', () => {
    const rise = fact({ a: count(1758), b: count(1277) }, '(a - b) / b', 'percent');
    const verdict = (says: string) => evaluateClaim(rise, parseClaim(says)!, says, 'en-GB').verdict;
    expect([verdict('40%'), verdict('38%'), verdict('37.7%'), verdict('about 40%'), verdict('0.4')]).toEqual([
      'false',
      'true',
      'true',
      'true',
      'true',
    ]);
  });

  it('judges a share by its fraction: "a fifth" of a rise of 17%', () => {
    const rise = fact({ a: count(1170), b: count(1000) }, '(a - b) / b', 'percent');
    expect(evaluateClaim(rise, parseClaim('about 0.2')!, 'a fifth', 'en-GB').verdict).toBe('true');
    expect(evaluateClaim(rise, parseClaim('about 1/3')!, 'a third', 'en-GB').verdict).toBe('false');
  });
});
