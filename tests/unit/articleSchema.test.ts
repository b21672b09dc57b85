import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

/** The first issue Zod reports, as "path: message". */
function firstIssue(input: Record<string, unknown>): string {
  const result = articleSchema.safeParse(input);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('articleSchema', () => {
  it('parses valid frontmatter and applies the defaults', () => {
    const data = articleSchema.parse(articleInput());
    expect(data.draft).toBe(false);
    expect(data.published).toEqual({ iso: '2024-10', precision: 'month', year: 2024, month: 10 });
    expect(data.figures.perFacility).toMatchObject({ value: 100, qualifier: 'exact', format: 'count' });
    expect(data.facts.quota!.tolerance).toBeUndefined();
    expect(data.timeline).toEqual([]);
  });

  it('reads the dates YAML parsers produce: Date objects and bare years', () => {
    const data = articleSchema.parse(articleInput({ published: new Date('2024-10-02T00:00:00Z'), updated: 2025 }));
    expect(data.published.iso).toBe('2024-10-02');
    expect(data.updated).toMatchObject({ iso: '2025', precision: 'year' });
  });

  it("reads a quarter where a date is a period: a figure's asOf and a timeline date", () => {
    const data = articleSchema.parse(
      articleInput({
        figures: { gdp: { value: 0.001, format: 'percent', asOf: '2024-Q3' } },
        timeline: [{ date: '2024-Q2', text: 'Growth slows.' }],
      }),
    );
    expect(data.figures.gdp!.asOf).toEqual({ iso: '2024-Q3', precision: 'quarter', year: 2024, quarter: 3 });
    expect(data.timeline[0]!.date).toEqual({ iso: '2024-Q2', precision: 'quarter', year: 2024, quarter: 2 });
  });

  const notAQuarter = (written: string) =>
    `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${written}": only a figure's asOf and a timeline date can be a quarter; write the month or the day, or the year (2024)`;

  it.each([
    ['a quarter as published', { published: '2024-Q3' }, `published: ${notAQuarter('2024-Q3')}`],
    ['a quarter as updated, as it is said', { updated: 'Q4 2024' }, `updated: ${notAQuarter('Q4 2024')}`],
    [
      "a quarter as a source's published",
      { sources: { istories: { publisher: 'iStories', published: '2024-Q3' } } },
      `sources.istories.published: ${notAQuarter('2024-Q3')}`,
    ],
    [
      "a quarter as a source's accessed",
      { sources: { istories: { publisher: 'iStories', accessed: '2024-Q3' } } },
      `sources.istories.accessed: ${notAQuarter('2024-Q3')}`,
    ],
    [
      'a quarter as asOf, as it is said',
      { figures: { gdp: { value: 0.001, asOf: 'Q3 2024' } } },
      'figures.gdp.asOf: expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found "Q3 2024": write 2024-Q3',
    ],
    [
      'a fifth quarter in a timeline',
      { timeline: [{ date: '2024-Q5', text: 'Growth slows.' }] },
      'timeline.0.date: "2024-Q5" has no quarter Q5: a year has quarters Q1 to Q4',
    ],
    [
      'a timeline entry with no date',
      { timeline: [{ text: 'Growth slows.' }] },
      'timeline.0.date: expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD',
    ],
  ])('%s: names the field and what to write', (_case, overrides, expected) => {
    expect(firstIssue(articleInput(overrides))).toBe(expected);
  });

  it.each([
    ['a missing title', { title: undefined }, /^title: /],
    ['a missing published date', { published: undefined }, /^published: /],
    ['an impossible date', { published: '2023-02-30' }, /^published: "2023-02-30" is not a real day/],
    ['a month 13', { updated: '2024-13' }, /^updated: "2024-13" has no month 13/],
    [
      'a word for a value',
      { figures: { perFacility: { value: 'lots' } } },
      /^figures\.perFacility\.value: expected a number or a range \[low, high\], found "lots"/,
    ],
    [
      'an unknown qualifier',
      { figures: { x: { value: 1, qualifier: 'roughly' } } },
      /^figures\.x\.qualifier: expected one of exact, about, over, under, up to, estimated, found "roughly"/,
    ],
    [
      'an unknown format',
      { figures: { x: { value: 1, format: 'dollars' } } },
      /^figures\.x\.format: expected one of count/,
    ],
    [
      'a fractional count',
      { figures: { x: { value: 0.4, format: 'count' } } },
      /^figures\.x\.value: 0\.4 is not a whole number/,
    ],
    [
      'a rank of 0',
      { figures: { x: { value: 0, format: 'rank' } } },
      /^figures\.x\.value: a rank starts at 1 \("1st"\): found 0$/,
    ],
    ['a huge number', { figures: { x: { value: 1e300 } } }, /^figures\.x\.value: is too large/],
    ['a misspelled field', { figures: { x: { value: 1, qualifer: 'over' } } }, /^figures\.x: .*qualifer/],
    ['a snake_case id', { figures: { per_facility: { value: 1 } } }, /^figures\.per_facility: expected a camelCase id/],
    [
      'a __proto__ id',
      { facts: JSON.parse('{"__proto__": {"title": "x", "formula": "1"}}') },
      /^facts\.__proto__: expected a camelCase id/,
    ],
    [
      'a javascript: url',
      { sources: { s: { publisher: 'P', url: 'javascript:alert(1)' } } },
      /^sources\.s\.url: expected an http\(s\) web address/,
    ],
    ['an empty formula', { facts: { f: { title: 'T', formula: '' } } }, /^facts\.f\.formula: expected a formula/],
    [
      'a tolerance over 1',
      { facts: { f: { title: 'T', formula: '1', tolerance: 5 } } },
      /^facts\.f\.tolerance: expected a number between 0 and 1/,
    ],
    ['tags that are not a list', { tags: 'russia' }, /^tags: /],
  ])('rejects %s and names the field', (_case, overrides, expected) => {
    expect(firstIssue(articleInput(overrides))).toMatch(expected);
  });
});
