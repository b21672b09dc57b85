import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../src/facts/formula.ts';
import {
  deriveDimension,
  describeDimension,
  parseUnit,
  strandedPeriods,
  crossedPeriods,
  loosePeriod,
  unitCurrency,
  unitName,
  unitWords,
  unitsEqual,
  writtenUnitCurrency,
  yearDimension,
  type Dimension,
} from '../../src/facts/units.ts';

const figures: Record<string, Dimension> = {
  people: { unit: parseUnit('people') },
  person: { unit: parseUnit('person') },
  facilities: { unit: parseUnit('facilities') },
  perFacility: { unit: parseUnit('people/facility') },
  km: { unit: parseUnit('km') },
  spending: { unit: parseUnit('USD') },
  euros: { unit: parseUnit('EUR') },
  perHead: { unit: parseUnit('USD/person') },
  share: { unit: {}, kind: 'percent' },
  otherShare: { unit: {}, kind: 'percent' },
  gap: { unit: {}, kind: 'points' },
  ratio: { unit: {} },
  countries: { unit: parseUnit('countries') },
  applicants: { unit: parseUnit('asylum applicants') },
  from: yearDimension(),
  to: yearDimension(),
};

const derive = (formula: string) => deriveDimension(parseFormula(formula), (id) => figures[id]!);

describe('parseUnit', () => {
  it.each([
    ['people', 'people'],
    ['person', 'people'],
    ['facility', 'facilities'],
    ['facilities', 'facilities'],
    ['km', 'km'],
    ['USD', 'USD'],
    ['people/facility', 'people/facility'],
    ['USD/person', 'USD/person'],
    ['asylum applicant', 'asylum applicants'],
    ['bed*days', 'beds·days'],
    ['people·days/facility', 'days·people/facility'],
  ])('reads "%s" as %s', (text, name) => {
    expect(unitName(parseUnit(text))).toBe(name);
  });

  it('treats singular and plural as one unit', () => {
    expect(unitsEqual(parseUnit('person'), parseUnit('people'))).toBe(true);
    expect(unitsEqual(parseUnit('facility'), parseUnit('facilities'))).toBe(true);
    expect(unitsEqual(parseUnit('people'), parseUnit('km'))).toBe(false);
  });

  it.each([
    ['XYZ', /"XYZ" is not an ISO 4217 currency code/],
    ['%', /a percentage has no unit/],
    ['a/b/c', /at most one "\/"/],
    ['<i>people</i>', /expected a count noun/],
    [
      'offences/100,000 people',
      /^a rate per 100,000 names its base in words: unit: offences\/hundred thousand, with the base as a figure to multiply by in the formula \(value: 100000, unit: people\/hundred thousand, constant: true\)$/,
    ],
    ['deaths per 1000', /unit: deaths\/thousand, .*unit: people\/thousand, constant: true/],
    ['x/250', /expected a count noun/],
  ])('refuses "%s"', (text, message) => {
    expect(() => parseUnit(text)).toThrow(message);
  });

  it('knows money by its currency, alone or per something', () => {
    expect(unitCurrency(parseUnit('USD'))).toBe('USD');
    expect(unitCurrency(parseUnit('USD/person'))).toBe('USD');
    expect(unitCurrency(parseUnit('people'))).toBeUndefined();
  });

  it.each([
    ['people', 1, 'person'],
    ['people', 2, 'people'],
    ['facilities', 1, 'facility'],
    ['km', 3, 'km'],
    ['people/facility', 100, 'people per facility'],
    ['USD/person', 334, 'per person'],
    ['USD', 5, ''],
    ['GBP/worker*year', 758, 'per worker per year'],
    ['GBP/kWh', 0.2486, 'per kWh'],
    ['degrees Celsius', 1.55, 'degrees Celsius'],
    ['degrees Celsius', 1, 'degree Celsius'],
    ['asylum applicants', 1, 'asylum applicant'],
    ['MW', 3, 'MW'],
    ['beds/person*day', 3, 'beds per person per day'],
  ])('writes %s after %d as "%s"', (text, count, words) => {
    expect(unitWords(parseUnit(text), count)).toBe(words);
  });
});

describe('deriveDimension', () => {
  it.each([
    ['perFacility * facilities', 'people'],
    ['people / facilities', 'people/facility'],
    ['spending / people', 'USD/person'],
    ['perHead * people', 'USD'],
    ['people / person', 'no unit'],
    ['people + person', 'people'],
    ['share * people', 'people'],
    ['share / otherShare', 'no unit'],
    ['share + otherShare', 'a percentage'],
    ['share - otherShare', 'percentage points'],
    ['gap + gap', 'percentage points'],
    ['share + gap', 'a percentage'],
    ['1 + share', 'no unit'],
    ['ratio * 2', 'no unit'],
    ['to - from', 'years'],
    ['from + (to - from)', 'a year'],
    ['(to - from) * 2', 'years'],
    ['-spending', 'USD'],
    ['(spending - spending) / spending', 'no unit'],
  ])('derives %s as %s', (formula, expected) => {
    expect(describeDimension(derive(formula))).toBe(expected);
  });

  it.each([
    ['people + km', 'cannot add people (people) and km (km): + and − need the same unit on both sides'],
    [
      'applicants + share + countries',
      'cannot add applicants (asylum applicants) and share (a percentage): + and − need the same unit on both sides',
    ],
    ['share + countries', 'cannot add share (a percentage) and countries (countries)'],
    ['spending - euros', 'cannot subtract spending (USD) and euros (EUR)'],
    ['people - 1', 'cannot subtract people (people) and 1 (no unit)'],
    ['from + to', 'two years cannot be added'],
    ['to * 2', 'cannot multiply to (a year): a year is a date; subtract two years to get a number of years'],
    ['spending / from', 'cannot divide from (a year)'],
    ['(people + km) * 2', 'cannot add people (people) and km (km)'],
    ['people * 2 + facilities', 'cannot add people × 2 (people) and facilities (facilities)'],
  ])('refuses %s', (formula, message) => {
    expect(() => derive(formula)).toThrow(message);
  });
});

describe('strandedPeriods', () => {
  it.each([
    ['GBP*year/month', ['year', 'month']],
    ['people*days/week', ['day', 'week']],
    ['hours/day', undefined],
    ['GBP/month', undefined],
    ['GBP*year', undefined],
    ['bed*days', undefined],
  ])('finds in %s %j', (unit, periods) => {
    expect(strandedPeriods(parseUnit(unit))).toEqual(periods);
  });
});

describe('abbreviations', () => {
  it('keep their letters as written, so a megawatt is no milliwatt', () => {
    expect(parseUnit('GBP/kWh')).toEqual({ GBP: 1, kWh: -1 });
    expect(unitsEqual(parseUnit('MW'), parseUnit('mW'))).toBe(false);
    expect(unitsEqual(parseUnit('Facilities'), parseUnit('facility'))).toBe(true);
  });
});

describe('crossedPeriods', () => {
  it.each([
    ['year/month', ['year', 'month']],
    ['days/week', ['day', 'week']],
    ['GBP/month', undefined],
    ['year', undefined],
    ['GBP*year/month', undefined],
    ['year*years/month', undefined],
  ])('finds in %s %j', (unit, periods) => {
    expect(crossedPeriods(parseUnit(unit))).toEqual(periods);
  });
});

describe('loosePeriod', () => {
  it.each([
    [{ year: -1 }, 'year'],
    [{ person: 1, year: -1 }, undefined],
    [{ year: 1 }, undefined],
    [{ facility: -1 }, undefined],
  ])('finds in %j %j', (unit, period) => {
    expect(loosePeriod(unit)).toBe(period);
  });
});

describe('writtenUnitCurrency', () => {
  it.each([
    ['GBP', 'GBP'],
    ['GBP/share', 'GBP'],
    ['USD/person', 'USD'],
    ['people', undefined],
    ['GBP*GBP', undefined],
    [undefined, undefined],
    ['100000 people', undefined],
  ])('reads %j as %j', (written, currency) => {
    expect(writtenUnitCurrency(written)).toBe(currency);
  });
});
