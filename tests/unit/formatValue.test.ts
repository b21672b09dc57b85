import { describe, expect, it } from 'vitest';
import {
  formatQualified,
  formatRange,
  formatValue,
  roundingStep,
  shownValue,
  writtenStep,
  type NumberStyle,
  type Qualifier,
  type ValueFormat,
} from '../../src/facts/formatValue.ts';

describe('formatValue', () => {
  it.each<[number, ValueFormat, string]>([
    [21000, 'count', '21,000'],
    [0, 'count', '0'],
    [-1000, 'count', '\u22121,000'],
    [1234567, 'count', '1,234,567'],
    [999.5, 'count', '1,000'],
    [1500, 'number', '1,500'],
    [2.755, 'number', '2.76'],
    [0.1 + 0.2, 'number', '0.3'],
    [0.4, 'percent', '40%'],
    [0.004, 'percent', '0.4%'],
    [0.0476, 'percent', '4.8%'],
    [1 / 6, 'percent', '16.7%'],
    [0.0004, 'percent', '0.04%'],
    [1, 'percent', '100%'],
    [0, 'percent', '0%'],
    [1_000_000, 'compact', '1 million'],
    [1_500_000, 'compact', '1.5 million'],
    [2_000_000_000, 'compact', '2 billion'],
    [100, 'multiple', '100×'],
    [2.5, 'multiple', '2.5×'],
    [86.63, 'multiple', '86.6×'],
    [0.56, 'multiple', '0.56×'],
    [0.04, 'multiple', '0.04×'],
  ])('formats %d as %s: "%s"', (value, format, expected) => {
    expect(formatValue(value, format, 'en-GB')).toBe(expected);
  });

  it('follows the locale', () => {
    expect(formatValue(21000, 'count', 'de-DE')).toBe('21.000');
    expect(formatValue(0.4, 'percent', 'fr-FR')).toBe('40\u00a0%');
  });
});

describe('formatQualified', () => {
  it.each<[number, ValueFormat, Qualifier, string]>([
    [30000, 'count', 'over', 'over 30,000'],
    [350000, 'count', 'estimated', 'an estimated 350,000'],
    [1_000_000, 'compact', 'about', 'about 1 million'],
    [0.4, 'percent', 'up to', 'up to 40%'],
    [100, 'count', 'under', 'under 100'],
    [20000, 'count', 'exact', '20,000'],
  ])('shows %d (%s, %s) as "%s"', (value, format, qualifier, expected) => {
    expect(formatQualified(value, format, qualifier, 'en-GB')).toBe(expected);
  });
});

describe('formatValue, the newsroom formats, in two locales', () => {
  it.each<[number, NumberStyle, string, string]>([
    [2.7e12, { format: 'compact', currency: 'USD' }, 'US$2.7 trillion', '2,7 Billionen\u00a0$'],
    [1e11, { format: 'compact', currency: 'EUR' }, '€100 billion', '100 Milliarden\u00a0€'],
    [334, { format: 'number', currency: 'USD' }, 'US$334', '334\u00a0$'],
    [1.5, { format: 'number', currency: 'GBP' }, '£1.50', '1,50\u00a0£'],
    [-5e9, { format: 'compact', currency: 'RUB' }, '\u2212RUB\u00a05 billion', '\u22125 Milliarden\u00a0RUB'],
    [0.252, { format: 'points' }, '25.2\u00a0percentage points', '25,2\u00a0Prozentpunkte'],
    [0.01, { format: 'points' }, '1\u00a0percentage point', '1\u00a0Prozentpunkt'],
    [0.031, { format: 'points', short: true, signed: true }, '+3.1\u00a0pp', '+3,1\u00a0Pp.'],
    [0.0025, { format: 'points', basisPoints: true }, '25\u00a0basis points', '25\u00a0Basispunkte'],
    [0.0001, { format: 'points', basisPoints: true }, '1\u00a0basis point', '1\u00a0Basispunkt'],
    [-0.0025, { format: 'points', basisPoints: true }, '\u221225\u00a0basis points', '\u221225\u00a0Basispunkte'],
    [0.00125, { format: 'points', basisPoints: true, short: true }, '12.5\u00a0bp', '12,5\u00a0Bp.'],
    [2013, { format: 'year' }, '2013', '2013'],
    [4, { format: 'rank' }, '4th', '4.'],
    [22, { format: 'rank' }, '22nd', '22.'],
    [0.2, { format: 'percent', signed: true }, '+20%', '+20\u00a0%'],
    [-0.46, { format: 'percent', digits: 1, signed: true }, '\u221246.0%', '\u221246,0\u00a0%'],
    [-54170, { format: 'count' }, '\u221254,170', '\u221254.170'],
    [2.185e12, { format: 'compact', significant: 4 }, '2.185 trillion', '2,185 Billionen'],
    [2.185e12, { format: 'compact', currency: 'USD', significant: 4 }, 'US$2.185 trillion', '2,185 Billionen\u00a0$'],
    [1234.5678, { format: 'number', digits: 3 }, '1,234.568', '1.234,568'],
    [0, { format: 'percent', signed: true }, '0%', '0\u00a0%'],
    [276912, { format: 'compact' }, '276,900', '276.900'],
    [276912, { format: 'compact', currency: 'GBP' }, '£276,900', '276.900\u00a0£'],
    [-250000, { format: 'compact', signed: true }, '\u2212250,000', '\u2212250.000'],
    [999960, { format: 'compact' }, '1 million', '1 Million'],
    [0.1395, { format: 'number', currency: 'GBP', minorUnit: true }, '13.95p', '13,95p'],
    [0.95, { format: 'number', currency: 'USD', minorUnit: true }, '95¢', '95¢'],
    [-0.021, { format: 'number', currency: 'GBP', minorUnit: true, signed: true }, '\u22122.1p', '\u22122,1p'],
    [12.5, { format: 'number', currency: 'EUR', minorUnit: true }, '1,250c', '1.250c'],
  ])('shows %d as %j: "%s" / "%s"', (value, style, english, german) => {
    expect(formatValue(value, style, 'en-GB')).toBe(english);
    expect(formatValue(value, style, 'de-DE')).toBe(german);
  });

  it.each<[number, number, NumberStyle, string, string]>([
    [10, 15, { format: 'count' }, '10–15', '10–15'],
    [2015, 2016, { format: 'year' }, '2015–2016', '2015–2016'],
    [-3, 5, { format: 'count' }, '\u22123 – 5', '\u22123 – 5'],
    [0.1, 0.15, { format: 'percent' }, '10% – 15%', '10–15\u00a0%'],
    [0.0025, 0.005, { format: 'points', basisPoints: true }, '25–50\u00a0basis points', '25–50\u00a0Basispunkte'],
    [1.329, 1.359, { format: 'number', currency: 'GBP', minorUnit: true }, '132.9–135.9p', '132,9–135,9p'],
    [60000, 70000, { format: 'compact' }, '60,000–70,000', '60.000–70.000'],
  ])('shows the range %d to %d as %j', (low, high, style, english, german) => {
    expect(formatRange(low, high, style, 'en-GB')).toBe(english);
    expect(formatRange(low, high, style, 'de-DE')).toBe(german);
  });

  it('reads back the value a reader sees, rounded as shown', () => {
    expect(shownValue(2.185e12, 'compact', 'en-GB')).toBe(2.2e12);
    expect(shownValue(2.185e12, 'compact', 'en-GB', 1)).toBe(2.19e12);
    expect(shownValue(0.0476, 'percent', 'de-DE')).toBe(0.048);
    expect(shownValue(-54170, 'count', 'en-GB')).toBe(-54170);
    expect(shownValue(0.001234, { format: 'points', basisPoints: true }, 'en-GB')).toBe(0.00123);
    expect(shownValue(0.13954, { format: 'number', currency: 'GBP', minorUnit: true }, 'en-GB')).toBeCloseTo(
      0.1395,
      12,
    );
  });

  it.each<[number, NumberStyle, number]>([
    [0.06, { format: 'percent' }, 0.01],
    [0.175, { format: 'percent' }, 0.001],
    [20000, { format: 'count' }, 1],
    [2.7e12, { format: 'compact' }, 1e11],
    [0.46, { format: 'percent', digits: 1 }, 0.001],
    [2.185e12, { format: 'compact', significant: 4 }, 1e9],
    [0.1395, { format: 'number', currency: 'GBP', minorUnit: true }, 0.0001],
  ])('knows %d (%j) was written to within %d', (value, style, step) => {
    expect(writtenStep(value, style)).toBeCloseTo(step, 12);
  });

  it.each<[number, NumberStyle, number]>([
    [350000, { format: 'count' }, 10000],
    [133000, { format: 'count' }, 1000],
    [0.4, { format: 'percent' }, 0.1],
    [334, { format: 'number' }, 1],
  ])('rounds an approximate %d (%j) to %d', (value, style, step) => {
    expect(roundingStep(value, style)).toBeCloseTo(step, 12);
  });
});
