import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  explainInvalidPartialDate,
  formatPartialDate,
  parsePartialDate,
} from '../../src/facts/partialDate.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2024', { precision: 'year', year: 2024 }],
    ['2024-10', { precision: 'month', year: 2024, month: 10 }],
    ['2024-10-02', { precision: 'day', year: 2024, month: 10, day: 2 }],
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
  ])('keeps the precision of %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual({ iso: text, ...expected });
  });

  it.each([
    ['2024-13-45', 'has no month 13'],
    ['2023-02-30', 'is not a real day: that month has 28 days'],
    ['2023-02-29', 'that month has 28 days'],
    ['2024-04-31', 'that month has 30 days'],
    ['2024-00', 'has no month 00'],
    ['Oct 2024', 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2024-1', 'expected a date written'],
    ['', 'expected a date written'],
  ])('rejects %s', (text, message) => {
    expect(explainInvalidPartialDate(text)).toContain(message);
    expect(() => parsePartialDate(text)).toThrow(message);
  });

  it.each([
    ['2024-10-2', '2024-10-02'],
    ['2024/10/02', '2024-10-02'],
    ['2024-10-02T10:00', '2024-10-02'],
    ['Oct 2024', '2024-10'],
    ['Sept 2024', '2024-09'],
    ['October 2, 2024', '2024-10-02'],
    ['2nd Oct. 2024', '2024-10-02'],
  ])('says how to write %s: %s', (text, written) => {
    expect(explainInvalidPartialDate(text)).toBe(
      `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${text}": write ${written}`,
    );
  });

  it.each(['02.10.2024', '20241002', 'Mayday 2024', '30 February 2024', '2024-Q3'])(
    'offers no form for %s, whose date is unclear or impossible',
    (text) => {
      expect(explainInvalidPartialDate(text)).toBe(
        `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${text}"`,
      );
    },
  );
});

describe('formatPartialDate', () => {
  it.each([
    ['2024', 'en-GB', '2024'],
    ['2024-10', 'en-GB', 'October 2024'],
    ['2024-10-02', 'en-GB', '2 October 2024'],
    ['2024-10-02', 'en-US', 'October 2, 2024'],
    ['2023-01-01', 'en-GB', '1 January 2023'],
    ['1966-12-16', 'en-GB', '16 December 1966'],
  ])('shows %s in %s as "%s", never more precise than written', (text, locale, expected) => {
    expect(formatPartialDate(parsePartialDate(text), locale)).toBe(expected);
  });
});

describe('comparePartialDates', () => {
  it('orders by the first instant, a coarser date first on a tie', () => {
    const dates = ['2024-10-02', '2023-03', '2024-10', '2024', '2024-10-01'].map(parsePartialDate);
    expect(dates.sort(comparePartialDates).map((date) => date.iso)).toEqual([
      '2023-03',
      '2024',
      '2024-10',
      '2024-10-01',
      '2024-10-02',
    ]);
  });
});
