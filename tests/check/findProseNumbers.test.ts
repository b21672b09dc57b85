import { describe, expect, it } from 'vitest';
import { findProseNumbers } from '../../src/check/findProseNumbers.ts';

describe('findProseNumbers', () => {
  it.each([
    ['conscripted 133,000 civilians', [['133,000', 133000]]],
    ['a rate of 0.4 in some cases', [['0.4', 0.4]]],
    ['up to 40% of them', [['40%', 0.4]]],
    ['up to 40 per cent of them', [['40 per cent', 0.4]]],
    ['some 1.5 million men', [['1.5 million', 1.5e6]]],
    ['over 1,500 kilometres.', [['1,500', 1500]]],
    ['a 10-year sentence', [['10', 10]]],
    ['only 7 people', [['7', 7]]],
  ])('counts %j', (text, expected) => {
    expect(findProseNumbers(text).map(({ text: written, value }) => [written, value])).toEqual(expected);
  });

  it.each([
    'On Oct. 2, Putin signed',
    'the draft began on October 1.',
    'on 1 October the draft began',
    'in March 2023, a fighter',
    'By mid-February 2023',
    'the G7 and COVID-19 and the 1990s',
    'the 21st century',
  ])('does not count dates, years or digits inside words: %j', (text) => {
    expect(findProseNumbers(text)).toEqual([]);
  });

  it('reports where each number starts', () => {
    const text = 'From 210 facilities, 100 each.';
    expect(findProseNumbers(text).map((number) => text.slice(number.index, number.index + number.text.length))).toEqual(
      ['210', '100'],
    );
  });
});
