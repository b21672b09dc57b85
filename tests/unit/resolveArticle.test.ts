import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/facts/ArticleError.ts';
import { resolveArticle, tryResolveArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

const options = { file: 'content/articles/test.mdx', locale: 'en-GB' };
const resolve = (overrides: Record<string, unknown> = {}) =>
  resolveArticle(articleSchema.parse(articleInput(overrides)), options);
const problemsOf = (overrides: Record<string, unknown>) =>
  tryResolveArticle(articleSchema.parse(articleInput(overrides)), options).problems;

describe('resolveArticle', () => {
  it('computes a fact and shows its arithmetic with the real inputs', () => {
    const quota = resolve().facts[0]!;
    expect(quota.value).toBe(21000);
    expect(quota.equation).toBe('100 × 210 = 21,000');
    expect(quota.inputs.map((input) => input.id)).toEqual(['perFacility', 'facilities']);
  });

  it('flags a stated total that differs from the computed one, with the absolute and relative gap', () => {
    const comparison = resolve().facts[0]!.comparison!;
    expect(comparison.verdict).toBe('differs');
    expect(comparison.difference).toBe(-1000);
    expect(comparison.relative).toBeCloseTo(-1000 / 21000, 12);
    expect(comparison.summary).toBe('The article states 20,000: 1,000 fewer, 4.8% below the computed 21,000.');
  });

  it('says a stated figure above the computed one is more, and above', () => {
    const figures = { ...(articleInput().figures as object), unit: { value: 22050, format: 'count', unit: 'people' } };
    expect(resolve({ figures }).facts[0]!.comparison!.summary).toBe(
      'The article states 22,050: 1,050 more, 5% above the computed 21,000.',
    );
  });

  it('accepts a stated figure within the tolerance', () => {
    const facts = {
      quota: { title: 'Q', formula: 'perFacility * facilities', format: 'count', compareTo: 'unit', tolerance: 0.05 },
    };
    const comparison = resolve({ facts }).facts[0]!.comparison!;
    expect(comparison.verdict).toBe('matches');
    expect(comparison.summary).toBe('The article states 20,000, within 5% of the computed 21,000.');
  });

  it('matches an exact statement despite floating-point noise', () => {
    const figures = {
      a: { value: 0.1 },
      b: { value: 0.2 },
      stated: { value: 0.3 },
    };
    const facts = { sum: { title: 'Sum', formula: 'a + b', compareTo: 'stated' } };
    const comparison = resolve({ figures, facts }).facts[0]!.comparison!;
    expect(comparison.verdict).toBe('matches');
    expect(comparison.summary).toBe('The article states 0.3, which matches the computed 0.3.');
  });

  it('describes a gap between percentages in percentage points', () => {
    const figures = {
      share: { value: 0.25, format: 'percent' },
      half: { value: 0.5, format: 'percent' },
      stated: { value: 0.4, format: 'percent' },
    };
    const facts = {
      f: { title: 'Half the share', formula: 'share * half * 2', format: 'percent', compareTo: 'stated' },
    };
    expect(resolve({ figures, facts }).facts[0]!.comparison!.summary).toBe(
      'The article states 40%: 15\u00a0percentage points higher, 60% above the computed 25%.',
    );
  });

  it('evaluates facts that depend on other facts, whatever their order', () => {
    const facts = {
      perPerson: { title: 'Per person', formula: 'total / perFacility', format: 'number' },
      total: { title: 'Total', formula: 'perFacility * facilities', format: 'count' },
    };
    const resolved = resolve({ facts });
    expect(resolved.facts.map((fact) => [fact.id, fact.value])).toEqual([
      ['perPerson', 210],
      ['total', 21000],
    ]);
    expect(resolved.facts[0]!.equation).toBe('21,000 ÷ 100 = 210');
  });

  it('marks a result built from approximate inputs', () => {
    const figures = { over: { value: 30000, qualifier: 'over', format: 'count' }, n: { value: 3 } };
    const fact = resolve({ figures, facts: { f: { title: 'F', formula: 'over / n', format: 'count' } } }).facts[0]!;
    expect(fact.approximateInputs.map((input) => input.display)).toEqual(['over 30,000']);
  });

  it('numbers sources in order, records what cites them and lists unattributed figures', () => {
    const figures = {
      ...(articleInput().figures as object),
      loose: { value: 5 },
      minutesPerHour: { value: 60, unit: 'minutes/hour', constant: true },
    };
    const resolved = resolve({ figures, sources: { first: { publisher: 'A' }, istories: { publisher: 'iStories' } } });
    expect(resolved.sources.map((source) => [source.id, source.number, source.citedBy])).toEqual([
      ['first', 1, []],
      ['istories', 2, ['perFacility', 'facilities', 'unit']],
    ]);
    expect(resolved.unattributed.map((figure) => figure.id)).toEqual(['loose']);
  });

  it('sorts the timeline oldest first and keeps each date at its precision', () => {
    const timeline = [
      { date: '2024-10-02', text: 'Signed' },
      { date: '2023-02', text: 'Estimate' },
    ];
    expect(resolve({ timeline }).timeline.map((entry) => entry.date.display)).toEqual([
      'February 2023',
      '2 October 2024',
    ]);
  });

  it.each([
    [
      'an unknown id in a formula',
      { facts: { quota: { title: 'Q', formula: 'perFacility * facilites' } } },
      'facts.quota.formula',
      'unknown figure or fact id "facilites"',
    ],
    [
      'a formula syntax error',
      { facts: { quota: { title: 'Q', formula: 'perFacility * * facilities' } } },
      'facts.quota.formula',
      'cannot read the formula "perFacility * * facilities"',
    ],
    [
      'a cycle between facts',
      { facts: { a: { title: 'A', formula: 'b + 1' }, b: { title: 'B', formula: 'a + 1' } } },
      'facts.a.formula',
      'the formula depends on itself: a → b → a',
    ],
    [
      'a division by zero',
      { facts: { f: { title: 'F', formula: 'perFacility / (facilities - facilities)' } } },
      'facts.f.formula',
      'divides by zero',
    ],
    [
      'a non-finite result',
      {
        figures: { big: { value: 1e15 } },
        facts: {
          f: {
            title: 'F',
            formula:
              'big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big * big',
          },
        },
      },
      'facts.f.formula',
      'does not give a finite number',
    ],
    [
      'an unknown source id',
      { figures: { x: { value: 1, source: 'reuters' } } },
      'figures.x.source',
      'unknown source id "reuters" (known: istories)',
    ],
    [
      'a fact id that a figure already uses',
      { facts: { unit: { title: 'U', formula: 'perFacility' } } },
      'facts.unit',
      'the id "unit" is already used by a figure',
    ],
    [
      'a compareTo that is not a figure',
      { facts: { quota: { title: 'Q', formula: 'perFacility', compareTo: 'nothing' } } },
      'facts.quota.compareTo',
      'unknown figure id "nothing"',
    ],
    [
      'a formula reaching for the prototype',
      { facts: { quota: { title: 'Q', formula: 'constructor + __proto__' } } },
      'facts.quota.formula',
      'unknown figure or fact id "constructor"',
    ],
    [
      'a chart with an unknown figure',
      { charts: [{ id: 'c', title: 'C', figures: ['perFacility', 'ghost'] }] },
      'charts.0.figures.1',
      'unknown figure or fact id "ghost"',
    ],
    [
      'a timeline entry with an unknown source',
      { timeline: [{ date: '2024', text: 'T', source: 'ghost' }] },
      'timeline.0.source',
      'unknown source id "ghost"',
    ],
  ])('reports %s, naming the field', (_case, overrides, field, message) => {
    const problems = problemsOf(overrides);
    expect(problems.map((problem) => problem.field)).toContain(field);
    expect(problems.find((problem) => problem.field === field)!.message).toContain(message);
  });

  it('throws one ArticleError that names the file and every problem', () => {
    const input = articleInput({
      figures: { x: { value: 1, source: 'ghost' } },
      facts: { f: { title: 'F', formula: 'x + y' } },
    });
    let caught: unknown;
    try {
      resolveArticle(articleSchema.parse(input), options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArticleError);
    expect((caught as ArticleError).message.split('\n')).toEqual([
      'content/articles/test.mdx  figures.x.source  unknown source id "ghost" (known: istories)',
      'content/articles/test.mdx  facts.f.formula  unknown figure or fact id "y" (known: x)',
    ]);
  });
});

describe('resolveArticle: a figure as written', () => {
  /** The figure `x` as `fields` declare it. */
  const figure = (fields: Record<string, unknown>) => resolve({ figures: { x: fields }, facts: {} }).figures[0]!;

  it.each([
    [{ value: 7040000, format: 'compact' }, '7.04 million'],
    [{ value: 2718000000000, format: 'compact', unit: 'USD' }, 'US$2.718 trillion'],
    [{ value: 0.12345, format: 'percent' }, '12.345%'],
    [{ value: 2.755 }, '2.755'],
    [{ value: [7040000, 7770000], format: 'compact' }, '7.04–7.77 million'],
    [{ value: 1800000000, format: 'compact', unit: 'GBP' }, '£1.8 billion'],
    [{ value: 0.4, format: 'percent' }, '40%'],
  ])('shows %j with the digits it was written with: %s', (fields, shown) => {
    expect(figure(fields).display).toBe(shown);
  });

  it('rounds as the editor asks with significant or digits', () => {
    expect(figure({ value: 7040000, format: 'compact', significant: 2 }).display).toBe('7.0 million');
    expect(figure({ value: 0.12345, format: 'percent', digits: 1 }).display).toBe('12.3%');
  });

  it('reads "about" as the rounding of the number as written', () => {
    const { interval } = figure({ value: 7040000, format: 'compact', qualifier: 'about' });
    expect([interval.low, interval.high]).toEqual([7035000, 7045000]);
  });
});

describe('resolveArticle: the digits of a product or quotient of 100 or more', () => {
  const figures = {
    profit: { value: 2800000000, unit: 'GBP' },
    stores: { value: 2900, format: 'count', unit: 'stores' },
    staff: { value: 330000, format: 'count', unit: 'employees' },
    wage: { value: 12.21, unit: 'GBP/hour' },
    hours: { value: 37.5, unit: 'hours' },
    spare: { value: 1451, format: 'count', unit: 'places' },
    used: { value: 86549, format: 'count', unit: 'places' },
  };
  const fact = (formula: string, more: Record<string, unknown> = {}) =>
    resolve({ figures, facts: { f: { title: 'F', formula, ...more } } }).facts[0]!;

  it.each([
    ['profit / stores', '£2,800,000,000 ÷ 2,900 = £966,000'],
    ['staff / stores', '330,000 ÷ 2,900 = 114'],
    ['wage * hours', '£12.21 × 37.5 = £458'],
  ])('shows %s to three significant digits: %s', (formula, equation) => {
    expect(fact(formula).equation).toBe(equation);
  });

  it.each<[string, string, string, Record<string, unknown>?]>([
    ['a result under 100', 'hours / 3', '37.5 ÷ 3 = 12.5'],
    ['a sum', 'spare + used', '1,451 + 86,549 = 88,000'],
    ['digits the editor names', 'staff / stores', '330,000 ÷ 2,900 = 113.8', { digits: 1 }],
  ])('keeps the digits of %s', (_, formula, equation, more = {}) => {
    expect(fact(formula, more).equation).toBe(equation);
  });
});

describe('resolveArticle: the format of a result no format names', () => {
  const figures = {
    germany: { value: 1000, format: 'count' },
    total: { value: 2500, format: 'count' },
    later: { value: 4000, format: 'count' },
    services: { value: 0.05, format: 'percent' },
    headline: { value: 0.023, format: 'percent' },
    before: { value: 7770000, format: 'compact', unit: 'pathways' },
    after: { value: 7040000, format: 'compact', unit: 'pathways' },
    budget: { value: 1800000000, format: 'compact', unit: 'GBP' },
    since: { value: 2024, format: 'year' },
    until: { value: 2029, format: 'year' },
  };
  /** The equation of a fact computing `formula` from `figures`. */
  const equation = (formula: string) => resolve({ figures, facts: { f: { title: 'F', formula } } }).facts[0]!.equation;

  it.each([
    ['germany / total', '1,000 ÷ 2,500 = 40%'],
    ['total / germany', '2,500 ÷ 1,000 = 2.5×'],
    ['total / (germany + 500)', '2,500 ÷ (1,000 + 500) = 1.7×'],
    ['(later - germany) / germany', '(4,000 − 1,000) ÷ 1,000 = 300%'],
    ['services / headline', '5% ÷ 2.3% = 2.2×'],
    ['headline / services', '2.3% ÷ 5% = 46%'],
    ['before * (1 - headline)', '7.77 million × (1 − 2.3%) = 7.6 million'],
    ['1 - headline', '100% − 2.3% = 97.7%'],
    ['1 - headline - services', '100% − 2.3% − 5% = 92.7%'],
    ['(after - before) / before', '(7.04 million − 7.77 million) ÷ 7.77 million = −9.4%'],
    ['(headline - services) / services', '(2.3% − 5%) ÷ 5% = −54%'],
    ['germany / 30', '1,000 ÷ 30 = 33.33'],
    ['germany + total', '1,000 + 2,500 = 3,500'],
    ['(germany + total) / 2', '(1,000 + 2,500) ÷ 2 = 1,750'],
    ['budget / after', '£1.8 billion ÷ 7.04 million = £256'],
    ['budget / (until - since)', '£1.8 billion ÷ (2029 − 2024) = £360 million'],
  ])('shows %s as %s, never rounded to a count', (formula, shown) => {
    expect(equation(formula)).toBe(shown);
  });

  it.each([
    ['petrolNow - petrolThen', '£1.351 − £1.372 = −£0.021'],
    ['rateNow - ratePeak', '4.51% − 6.86% = −2.35 percentage points'],
    ['germany - total', '1,000 − 2,500 = −1,500'],
  ])('shows a difference %s as precisely as its inputs: %s', (formula, shown) => {
    const more = {
      ...figures,
      petrolNow: { value: 1.351, unit: 'GBP/litre' },
      petrolThen: { value: 1.372, unit: 'GBP/litre' },
      rateNow: { value: 0.0451, format: 'percent' },
      ratePeak: { value: 0.0686, format: 'percent' },
    };
    const { equation } = resolve({ figures: more, facts: { f: { title: 'F', formula } } }).facts[0]!;
    expect(equation.replaceAll('\u00a0', ' ')).toBe(shown);
  });

  it('shows a ratio as the plain number it is checked against states it', () => {
    const fact = resolve({
      figures: { ...figures, ratioStated: { value: 0.4, format: 'number' } },
      facts: { f: { title: 'F', formula: 'germany / total', compareTo: 'ratioStated' } },
    }).facts[0]!;
    expect([fact.equation, fact.comparison?.verdict]).toEqual(['1,000 ÷ 2,500 = 0.4', 'matches']);
  });
});

describe('resolveArticle charts', () => {
  it('refuses a chart whose bars count different units', () => {
    const problems = problemsOf({ charts: [{ id: 'c', title: 'C', figures: ['perFacility', 'facilities'] }] });
    expect(problems).toEqual([
      {
        field: 'charts.0.figures',
        message:
          'the bars of one chart must count the same unit (found perFacility: people/facility, facilities: facilities)',
      },
    ]);
  });

  it('draws a negative bar left of the zero line', () => {
    const figures = { down: { value: -5, unit: 'people' }, up: { value: 5, unit: 'people' } };
    const resolved = resolve({ figures, facts: {}, charts: [{ id: 'c', title: 'C', figures: ['down', 'up'] }] });
    expect(resolved.charts[0]!.figures.map((item) => item.display)).toEqual(['\u22125', '5']);
  });
});
