import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  explainInvalidPartialDate,
  formatPartialDate,
  parsePartialDate,
  partialDateDatetime,
  partialDateSpan,
  partialDateStart,
} from '../../src/facts/partialDate.ts';

const QUARTERS = { quarters: true };
const period = (text: string) => parsePartialDate(text, QUARTERS);

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
    ['2024-Q1', 1],
    ['2024-Q3', 3],
    ['2024-Q4', 4],
  ])('reads %s as a quarter, with no month', (text, quarter) => {
    expect(period(text)).toEqual({ iso: text, precision: 'quarter', year: 2024, quarter });
  });

  it.each([
    ['2024-Q5', '"2024-Q5" has no quarter Q5: a year has quarters Q1 to Q4'],
    ['2024-Q0', '"2024-Q0" has no quarter Q0: a year has quarters Q1 to Q4'],
    ['2024-Q', 'expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found "2024-Q"'],
    ['2024-Q12', 'expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found "2024-Q12"'],
  ])('rejects the quarter %s', (text, message) => {
    expect(explainInvalidPartialDate(text, QUARTERS)).toBe(message);
    expect(() => period(text)).toThrow(message);
  });

  it.each(['2024-Q3', 'Q3 2024', '2024-Q5'])(
    'refuses %s where a quarter is not allowed, and says what to write',
    (text) => {
      const message = `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${text}": only a figure's asOf and a timeline date can be a quarter; write the month or the day, or the year (2024)`;
      expect(explainInvalidPartialDate(text)).toBe(message);
      expect(() => parsePartialDate(text)).toThrow(message);
    },
  );

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

  it.each([
    ['Q3 2024', '2024-Q3'],
    ['2024 Q3', '2024-Q3'],
    ['q3 2024', '2024-Q3'],
    ['3Q 2024', '2024-Q3'],
    ['2024-q3', '2024-Q3'],
    ['2024Q1', '2024-Q1'],
    ['Q4/2024', '2024-Q4'],
    ['third quarter of 2024', '2024-Q3'],
    ['the 2nd quarter 2024', '2024-Q2'],
    ['Oct 2024', '2024-10'],
  ])('says how to write %s where a quarter is allowed: %s', (text, written) => {
    expect(explainInvalidPartialDate(text, QUARTERS)).toBe(
      `expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found "${text}": write ${written}`,
    );
  });

  it.each(['Q5 2024', 'fifth quarter of 2024', 'Q3 24'])('offers no quarter for %s, which names none', (text) => {
    expect(explainInvalidPartialDate(text, QUARTERS)).toBe(
      `expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found "${text}"`,
    );
  });

  it.each(['02.10.2024', '20241002', 'Mayday 2024', '30 February 2024'])(
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
    // A quarter is its months as the locale writes a range (en-GB puts thin spaces round the dash).
    ['2024-Q3', 'en-GB', 'July\u2009–\u2009September 2024'],
    ['2024-Q1', 'en-GB', 'January\u2009–\u2009March 2024'],
    ['2024-Q4', 'en-US', 'October\u2009–\u2009December 2024'],
    ['2024-Q3', 'de-DE', 'Juli–September 2024'],
  ])('shows %s in %s as "%s", never more precise than written', (text, locale, expected) => {
    expect(formatPartialDate(period(text), locale)).toBe(expected);
  });

  it('tells a quarter from the month it starts in', () => {
    expect(formatPartialDate(period('2024-07'), 'en-GB')).toBe('July 2024');
    expect(formatPartialDate(period('2024-Q3'), 'en-GB')).toBe('July\u2009–\u2009September 2024');
  });
});

describe('partialDateStart and partialDateSpan', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-10-02', '2024-10-02', '2024-10-02'],
  ])('%s runs from %s to %s', (text, first, last) => {
    const date = period(text);
    expect(partialDateSpan(date)).toEqual([first, last]);
    expect(partialDateStart(date).toISOString()).toBe(`${first}T00:00:00.000Z`);
  });
});

describe('partialDateDatetime', () => {
  it.each([
    ['2024', '2024'],
    ['2024-Q3', '2024'],
    ['2024-10', '2024-10'],
    ['2024-10-02', '2024-10-02'],
  ])('gives %s the HTML datetime %s, never more precise than written', (text, datetime) => {
    expect(partialDateDatetime(period(text))).toBe(datetime);
  });
});

describe('comparePartialDates', () => {
  it('orders by the first instant, a coarser date first on a tie', () => {
    const dates = ['2024-10-02', '2023-03', '2024-10', '2024', '2024-10-01'].map((text) => parsePartialDate(text));
    expect(dates.sort(comparePartialDates).map((date) => date.iso)).toEqual([
      '2023-03',
      '2024',
      '2024-10',
      '2024-10-01',
      '2024-10-02',
    ]);
  });

  it('puts a quarter after its year and among its months by its first day, before the month it starts in', () => {
    const dates = ['2024-08', '2024-07', '2024-Q3', '2024-06-30', '2024', '2024-Q4', '2024-07-01'].map(period);
    expect(dates.sort(comparePartialDates).map((date) => date.iso)).toEqual([
      '2024',
      '2024-06-30',
      '2024-Q3',
      '2024-07',
      '2024-07-01',
      '2024-08',
      '2024-Q4',
    ]);
  });
});
