import { describe, expect, it } from 'vitest';
import { tryResolveArticle, type ResolvedFact } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

const options = { file: 'content/articles/test.mdx', locale: 'en-GB' };

function resolveWith(figures: Record<string, unknown>, facts: Record<string, unknown>) {
  return tryResolveArticle(articleSchema.parse(articleInput({ figures, facts, charts: [] })), options);
}

/** The one fact `f`, computed from `figures`, checked against the figure `stated`. */
function fact(figures: Record<string, unknown>, formula: string, extra: Record<string, unknown> = {}): ResolvedFact {
  const { article, problems } = resolveWith(figures, { f: { title: 'F', formula, compareTo: 'stated', ...extra } });
  expect(problems).toEqual([]);
  return article!.facts[0]!;
}

const share = (value: number, more: Record<string, unknown> = {}) => ({ value, format: 'percent', ...more });
const usd = (value: number, more: Record<string, unknown> = {}) => ({ value, format: 'compact', unit: 'USD', ...more });
const people = (value: number, more: Record<string, unknown> = {}) => ({
  value,
  format: 'count',
  unit: 'people',
  ...more,
});

describe('verdicts on a stated figure', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>, string]>([
    [
      'a rounded 6% for a computed 6.4%',
      { a: people(64), b: people(1000), stated: share(0.06) },
      'a / b',
      {},
      'matches',
    ],
    ['17% for a computed 18.2%', { a: people(182), b: people(1000), stated: share(0.17) }, 'a / b', {}, 'differs'],
    [
      '17% within a 10% tolerance of 18.2%',
      { a: people(182), b: people(1000), stated: share(0.17) },
      'a / b',
      { tolerance: 0.1 },
      'matches',
    ],
    [
      '17% within 1.5 points of 18.2%',
      { a: people(182), b: people(1000), stated: share(0.17) },
      'a / b',
      { tolerancePoints: 1.5 },
      'matches',
    ],
    [
      '17% beyond 1 point of 18.2%',
      { a: people(182), b: people(1000), stated: share(0.17) },
      'a / b',
      { tolerancePoints: 1 },
      'differs',
    ],
    ['20,000 for a computed 21,000', { a: people(21000), stated: people(20000) }, 'a', {}, 'differs'],
    [
      'about 20,000 for a computed 21,000',
      { a: people(21000), stated: people(20000, { qualifier: 'about' }) },
      'a',
      {},
      'matches',
    ],
    [
      'about 350,000 for a computed 361,000',
      { a: people(361000), stated: people(350000, { qualifier: 'about' }) },
      'a',
      {},
      'differs',
    ],
    [
      'over 1.6 trillion for a computed 1.55 trillion',
      { a: usd(1.55e12), stated: usd(1.6e12, { qualifier: 'over' }) },
      'a',
      {},
      'differs',
    ],
    [
      'over 1.6 trillion for a computed 1.65 trillion',
      { a: usd(1.65e12), stated: usd(1.6e12, { qualifier: 'over' }) },
      'a',
      {},
      'matches',
    ],
    [
      'over 1.6 trillion for exactly 1.6 trillion',
      { a: usd(1.6e12), stated: usd(1.6e12, { qualifier: 'over' }) },
      'a',
      {},
      'differs',
    ],
    ['under 100 for a computed 99', { a: people(99), stated: people(100, { qualifier: 'under' }) }, 'a', {}, 'matches'],
    [
      'under 100 for a computed 101',
      { a: people(101), stated: people(100, { qualifier: 'under' }) },
      'a',
      {},
      'differs',
    ],
    ['up to 100 for exactly 100', { a: people(100), stated: people(100, { qualifier: 'up to' }) }, 'a', {}, 'matches'],
    [
      'up to 100 for a computed 101',
      { a: people(101), stated: people(100, { qualifier: 'up to' }) },
      'a',
      {},
      'differs',
    ],
    ['the range 10–15 for a computed 12', { a: people(12), stated: people([10, 15] as never) }, 'a', {}, 'matches'],
    ['the range 10–15 for a computed 17', { a: people(17), stated: people([10, 15] as never) }, 'a', {}, 'differs'],
    [
      '20,000 for about 19,000 + about 1,000 (an interval across it)',
      { a: people(19000, { qualifier: 'about' }), b: people(1000, { qualifier: 'about' }), stated: people(20500) },
      'a + b',
      {},
      'may match',
    ],
    [
      '30,000 for about 19,000 + about 1,000 (an interval short of it)',
      { a: people(19000, { qualifier: 'about' }), b: people(1000, { qualifier: 'about' }), stated: people(30000) },
      'a + b',
      {},
      'differs',
    ],
  ])('%s: %s', (_case, figures, formula, extra, verdict) => {
    expect(fact(figures, formula, extra).comparison!.verdict).toBe(verdict);
  });

  it('says a gap in money in the money, compact', () => {
    const result = fact({ a: usd(1.55e12), stated: usd(1.6e12, { qualifier: 'over' }) }, 'a');
    expect(result.comparison!.gap).toBe('US$50 billion more');
    expect(result.comparison!.summary).toBe(
      'The article states over US$1.6 trillion: US$50 billion more, 3.2% above the computed US$1.55 trillion.',
    );
  });

  it('says a gap between percentages in points', () => {
    const result = fact({ a: people(182), b: people(1000), stated: share(0.178) }, 'a / b', { format: 'percent' });
    expect(result.comparison!.gap).toBe('0.4\u00a0percentage points lower');
  });

  it('says a rounded match is a match as rounded', () => {
    const result = fact({ a: people(64), b: people(1000), stated: share(0.06) }, 'a / b', { format: 'percent' });
    expect(result.comparison!.summary).toBe('The article states 6%, which matches the computed 6.4% as rounded.');
  });

  it('names the uncertain span when approximate inputs straddle the stated number', () => {
    const result = fact(
      { a: people(19000, { qualifier: 'about' }), b: people(1000, { qualifier: 'about' }), stated: people(20500) },
      'a + b',
    );
    expect(result.comparison!.summary).toBe(
      'The article states 20,500. The inputs are approximate, so the computed value lies within 19,000–21,000: it may match.',
    );
  });
});

describe('results that carry their inputs’ exactness', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>, string]>([
    [
      'up to over exact',
      { a: share(0.4, { qualifier: 'up to' }), b: share(0.004) },
      'a / b',
      { format: 'multiple' },
      'up to 40% ÷ 0.4% = up to 100×',
    ],
    [
      'about minus about',
      { a: people(350000, { qualifier: 'about' }), b: people(133000, { qualifier: 'about' }) },
      'a - b',
      { format: 'count' },
      'about 350,000 − about 133,000 = about 217,000',
    ],
    [
      'exact minus over',
      { a: people(30000, { qualifier: 'over' }), b: people(100000) },
      'b - a',
      { format: 'count' },
      '100,000 − over 30,000 = under 70,000',
    ],
    [
      'over times exact',
      { a: people(30000, { qualifier: 'over' }) },
      'a * 2',
      { format: 'count' },
      'over 30,000 × 2 = over 60,000',
    ],
    ['a range times a number', { a: people([10, 15] as never) }, 'a * 2', { format: 'count' }, '10–15 × 2 = 20–30'],
    [
      'a difference of percentages, in points',
      { a: share(0.34), b: share(0.088) },
      'a - b',
      {},
      '34% − 8.8% = 25.2\u00a0percentage points',
    ],
    [
      'a signed change',
      { a: people(1200), b: people(1000) },
      '(a - b) / b',
      { format: 'percent', signed: true },
      '(1,200 − 1,000) ÷ 1,000 = +20%',
    ],
    [
      'a negative change',
      { a: people(54), b: people(100) },
      '(a - b) / b',
      { format: 'percent', digits: 1 },
      '(54 − 100) ÷ 100 = \u221246.0%',
    ],
    [
      'years apart',
      { a: { value: 2024, format: 'year' }, b: { value: 2013, format: 'year' } },
      'a - b',
      {},
      '2024 − 2013 = 11',
    ],
  ])('%s: %s', (_case, figures, formula, extra, equation) => {
    const { article, problems } = resolveWith(figures, { f: { title: 'F', formula, ...extra } });
    expect(problems).toEqual([]);
    expect(article!.facts[0]!.equation).toBe(equation);
  });

  it('shows rounded inputs precisely enough that the shown arithmetic holds', () => {
    const { article } = resolveWith(
      { spent: usd(2.185e12), world: usd(2.718e12) },
      { f: { title: 'Share', formula: 'spent / world', format: 'percent' } },
    );
    const equation = article!.facts[0]!.equation;
    expect(equation).not.toBe('US$2.2 trillion ÷ US$2.7 trillion = 80.4%');
    expect(equation).toBe('US$2.185 trillion ÷ US$2.718 trillion = 80.4%');
  });

  it('derives the unit and shows it in words', () => {
    const { article } = resolveWith(
      { perFacility: { value: 100, unit: 'people/facility' }, facilities: { value: 210, unit: 'facilities' } },
      { f: { title: 'Quota', formula: 'perFacility * facilities' } },
    );
    expect(article!.facts[0]).toMatchObject({ unit: 'people', unitWords: 'people', format: 'number' });
  });
});

describe('unit and format errors', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, { field: string; message: string }]>([
    [
      'adding a percentage and a count of countries to applicants',
      { apps: { value: 1048900, unit: 'applicants' }, growth: share(0.2), countries: { value: 13, unit: 'countries' } },
      { f: { title: 'F', formula: 'apps + growth + countries' } },
      {
        field: 'facts.f.formula',
        message:
          'the units do not fit: cannot add apps (applicants) and growth (a percentage): + and − need the same unit on both sides',
      },
    ],
    [
      'a unit that is not the one the formula gives',
      { a: people(1), b: { value: 2, unit: 'km' } },
      { f: { title: 'F', formula: 'a * b', unit: 'people' } },
      {
        field: 'facts.f.unit',
        message:
          'the formula gives km·people, but unit says "people": correct the unit, or leave it out and Tally uses the one the formula gives',
      },
    ],
    [
      'a difference of percentages shown as a percentage',
      { a: share(0.34), b: share(0.088) },
      { f: { title: 'F', formula: 'a - b', format: 'percent' } },
      {
        field: 'facts.f.format',
        message: 'a difference of two percentages is in percentage points: use format: points',
      },
    ],
    [
      'a stated figure of another unit',
      { a: people(1), stated: usd(1) },
      { f: { title: 'F', formula: 'a', compareTo: 'stated' } },
      {
        field: 'facts.f.compareTo',
        message:
          '"stated" is USD, but the formula gives people: a stated figure is checked against a result of the same unit',
      },
    ],
    [
      'a fact named as the stated number',
      { a: people(1) },
      { f: { title: 'F', formula: 'a' }, g: { title: 'G', formula: 'a', compareTo: 'f' } },
      {
        field: 'facts.g.compareTo',
        message:
          '"f" is a computed fact; compareTo names a figure the article states, to check the computation against',
      },
    ],
    [
      'a result past the largest number shown',
      { a: people(1e15) },
      { f: { title: 'F', formula: 'a * a' } },
      {
        field: 'facts.f.formula',
        message: 'the formula "a * a" gives a number too large to show (over 1e+15); check its ids and operators',
      },
    ],
  ])('reports %s', (_case, figures, facts, problem) => {
    expect(resolveWith(figures, facts).problems).toEqual([problem]);
  });
});
