import { describe, expect, it } from 'vitest';
import { formatQualified, formatValue, type Qualifier, type ValueFormat } from '../../src/facts/formatValue.ts';

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
