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
