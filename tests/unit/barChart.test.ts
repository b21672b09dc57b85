import { describe, expect, it } from 'vitest';
import {
  BAR_HEIGHT,
  COMPUTED_MARK,
  INSIDE_THRESHOLD,
  LABEL_CHARACTERS,
  chartUnitWords,
  describeBarChart,
  layoutBarChart,
  wrapLabel,
  type BarInput,
} from '../../src/charts/barChart.ts';
import { resolveArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

function bar(id: string, value: number, extra: Partial<BarInput> = {}): BarInput {
  return { id, label: `Label ${id}`, value, display: `shown ${value}`, unit: 'people', computed: false, ...extra };
}

describe('layoutBarChart', () => {
  it('draws bars to scale, the largest spanning the full width', () => {
    const values = [20_000, 24_000, 133_000, 350_000, 1_000_000];
    const layout = layoutBarChart(values.map((value, index) => bar(`b${index}`, value)));
    const largest = Math.max(...values);
    layout.rows.forEach((row, index) => {
      expect(row.widthPercent).toBeCloseTo((values[index]! / largest) * 100, 2);
    });
    expect(layout.rows.at(-1)!.widthPercent).toBe(100);
  });

  it.each([
    [INSIDE_THRESHOLD, true],
    [INSIDE_THRESHOLD - 0.01, false],
    [1, true],
    [0, false],
  ])('puts the value inside a bar %s of the width: %s', (fraction, inside) => {
    const layout = layoutBarChart([bar('a', fraction * 1000), bar('max', 1000)]);
    expect(layout.rows[0]!.valueInside).toBe(inside);
  });

  it('stacks rows without overlap and knows its height before paint', () => {
    const layout = layoutBarChart([bar('a', 1, { label: 'x '.repeat(60) }), bar('b', 2), bar('c', 3)]);
    for (const [index, row] of layout.rows.entries()) {
      const lastLabel = row.labelLines.at(-1)!.y;
      expect(row.barY).toBeGreaterThan(lastLabel);
      expect(row.valueY).toBe(row.barY + BAR_HEIGHT / 2);
      const next = layout.rows[index + 1];
      if (next) expect(next.labelLines[0]!.y - 14).toBeGreaterThan(row.barY + BAR_HEIGHT);
    }
    expect(layout.height).toBe(layout.rows.at(-1)!.barY + BAR_HEIGHT);
    expect(layout.rows[0]!.labelLines.length).toBeGreaterThan(1);
  });

  it('draws every bar at zero length when all values are zero', () => {
    const layout = layoutBarChart([bar('a', 0), bar('b', 0)]);
    expect(layout.rows.map((row) => row.widthPercent)).toEqual([0, 0]);
  });

  it('marks a computed bar in its label, not only in colour', () => {
    const layout = layoutBarChart([bar('a', 1, { computed: true, label: 'Target' })]);
    expect(layout.rows[0]!.labelLines.map((line) => line.text).join(' ')).toBe(`Target ${COMPUTED_MARK}`);
  });

  it('refuses values it cannot draw and mixed units, naming the bar', () => {
    expect(() => layoutBarChart([bar('loss', Number.NaN)])).toThrow(/"loss" \(NaN\)/);
    expect(() => layoutBarChart([bar('a', 1), bar('b', 2, { unit: 'km' })])).toThrow(/a: people, b: km/);
    expect(() => layoutBarChart([])).toThrow(/at least one/);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Short', ['Short']],
    ['one two three', ['one two', 'three']],
    ['averyveryverylongword x', ['averyveryverylongword', 'x']],
  ])('wraps "%s"', (label, lines) => {
    expect(wrapLabel(label, 10)).toEqual(lines);
  });

  it('keeps each line within the phone width', () => {
    const label = 'Russian men who fled the country to avoid earlier waves of conscription';
    const lines = wrapLabel(label);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(LABEL_CHARACTERS);
  });
});

describe('describeBarChart', () => {
  it('reads every bar in order, as the text shows it', () => {
    expect(describeBarChart([bar('a', 1), bar('b', 2)])).toBe(
      'Horizontal bar chart, bars to scale. Label a: shown 1; Label b: shown 2.',
    );
  });
});

describe('chartUnitWords', () => {
  const unitOfChart = (figures: Record<string, unknown>) =>
    chartUnitWords(
      resolveArticle(
        articleSchema.parse(
          articleInput({ figures, facts: {}, charts: [{ id: 'c', title: 'C', figures: Object.keys(figures) }] }),
        ),
        { file: 'content/articles/test.mdx', locale: 'en-GB' },
      ).charts[0]!,
    );

  it.each([
    ['counts', { a: { value: 411, format: 'count', unit: 'seats' } }, 'seats'],
    ['money, which its bars show', { a: { value: 2.8e9, format: 'compact', unit: 'GBP' } }, ''],
    ['a rate of money, with its currency', { a: { value: 1.5, unit: 'GBP/share' } }, 'GBP per share'],
    ['a rate of money in pence', { a: { value: 0.1395, unit: 'GBP/share', minorUnit: true } }, 'pence per share'],
    ['a rate of people', { a: { value: 100, format: 'count', unit: 'people/facility' } }, 'people per facility'],
  ])('names %s', (_, figures, words) => {
    expect(unitOfChart(figures)).toBe(words);
  });
});
