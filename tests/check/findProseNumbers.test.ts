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
    'on 4G and 5Ghz networks, a B52 and A4 paper',
    'the 10-year gilt yield and a 30-year mortgage',
    "the survey's 95% confidence interval and a 90% CI",
    'a poll taken 3–5 December 2026',
    'fieldwork on 3-5 Dec',
    'between 3 and 5 December',
    'on December 3–5',
    'from December 3 to 5',
  ])('does not count dates, years or digits inside words: %j', (text) => {
    expect(findProseNumbers(text)).toEqual([]);
  });

  it('reads "7.04m" with no currency as 7.04, or as millions, and says how precisely it is written', () => {
    expect(findProseNumbers('7.04m people')).toEqual([
      {
        text: '7.04m',
        index: 0,
        value: 7.04,
        step: 0.01,
        orScaled: 7040000,
        measure: 'amount',
        wordAfter: 'people',
      },
    ]);
    expect(findProseNumbers('£7.8 million')).toEqual([
      { text: '£7.8 million', index: 0, value: 7800000, step: 100000, measure: 'money' },
    ]);
  });

  it.each<[string, string, number]>([
    ['one in five adults', 'one in five', 1 / 5],
    ['1 in 5 adults', '1 in 5', 1 / 5],
    ['nine out of ten voters', 'nine out of ten', 9 / 10],
    ['9 out of 10 voters', '9 out of 10', 9 / 10],
    ['one in every ten', 'one in every ten', 1 / 10],
    ['one in a hundred', 'one in a hundred', 1 / 100],
    ['1 in 1,000 births', '1 in 1,000', 1 / 1000],
    ['one in 5 adults', 'one in 5', 1 / 5],
    ['nearly one in five adults', 'nearly one in five', 1 / 5],
  ])('reads the ratio in %j as a fraction, %s', (text, written, value) => {
    const found = findProseNumbers(text);
    expect(found.map((number) => [number.text, number.words?.kind])).toEqual([[written, 'fraction']]);
    expect(found[0]!.value).toBeCloseTo(value, 12);
  });

  it.each<[string, [string, number][]]>([
    [
      'killed 30 in 2 attacks',
      [
        ['30', 30],
        ['2', 2],
      ],
    ],
    [
      'thirty in two attacks',
      [
        ['thirty', 30],
        ['two', 2],
      ],
    ],
  ])('reads %j as two counts: a part is smaller than its whole', (text, expected) => {
    expect(findProseNumbers(text).map(({ text: written, value }) => [written, value])).toEqual(expected);
  });

  it('reports where each number starts', () => {
    const text = 'From 210 facilities, 100 each.';
    expect(findProseNumbers(text).map((number) => text.slice(number.index, number.index + number.text.length))).toEqual(
      ['210', '100'],
    );
  });
});

describe('findProseNumbers, as newsrooms write numbers', () => {
  it.each<[string, [string, number][]]>([
    ['a $1.2bn aid package', [['$1.2bn', 1.2e9]]],
    ['€100bn of loans', [['€100bn', 1e11]]],
    ['€100 billion of loans', [['€100 billion', 1e11]]],
    ['US$2.7 trillion in spending', [['US$2.7 trillion', 2.7e12]]],
    ['RUB 5 billion in bonuses', [['RUB 5 billion', 5e9]]],
    ['a £3m grant', [['£3m', 3e6]]],
    ['up 3pp on the year', [['3pp', 0.03]]],
    ['down 3 percentage points', [['3 percentage points', 0.03]]],
    ['a lead of 4 points', [['4 points', 0.04]]],
    ['45,000 troops', [['45,000', 45000]]],
    [
      '1,234 people and 55%',
      [
        ['1,234', 1234],
        ['55%', 0.55],
      ],
    ],
    [
      'between 10 and 15 brigades',
      [
        ['10', 10],
        ['15', 15],
      ],
    ],
    [
      '10–15 brigades',
      [
        ['10', 10],
        ['15', 15],
      ],
    ],
    ['a 5m wall', [['5m', 5]]],
    ['rose to 2.5 times', [['2.5', 2.5]]],
    ['some 300 km', [['300', 300]]],
    ['a 12% rise', [['12%', 0.12]]],
    ['$334 a head', [['$334', 334]]],
    ['a 0.4% rate', [['0.4%', 0.004]]],
    ['over 1,500 km of front', [['1,500', 1500]]],
    ['€2.5 million in fines', [['€2.5 million', 2.5e6]]],
    ['USD 40 billion', [['USD 40 billion', 4e10]]],
    ['a 17 per cent rise', [['17 per cent', 0.17]]],
    ['some 60,000 prisoners', [['60,000', 60000]]],
    [
      '3 of the 4 largest',
      [
        ['3', 3],
        ['4', 4],
      ],
    ],
    ['a 9.4-per-cent fall', [['9.4-per-cent', 0.094]]],
    ['a 9.4pc fall', [['9.4pc', 0.094]]],
    ['a 1.7 percentage-point rise', [['1.7 percentage-point', 0.017]]],
    ['a 1.7-percentage-point rise', [['1.7-percentage-point', 0.017]]],
    ['a cut of 25 basis points', [['25 basis points', 0.0025]]],
    ['up 25bp', [['25bp', 0.0025]]],
    ['limit warming to 1.5C', [['1.5C', 1.5]]],
    ['20p a litre', [['20p', 0.2]]],
    ['up 0.5ppt', [['0.5ppt', 0.005]]],
    ['2°C above', [['2°C', 2]]],
    ['a 40km road', [['40km', 40]]],
    ['3.2GW of wind', [['3.2GW', 3.2]]],
    ['at 50km/h', [['50km/h', 50]]],
    ['384Mt of carbon', [['384Mt', 384]]],
    ['in the 12 months to March, 40 people', [['40', 40]]],
    ['by 50 bps', [['50 bps', 0.005]]],
    ['a 25-basis-point cut', [['25-basis-point', 0.0025]]],
    ['1 basis point', [['1 basis point', 0.0001]]],
    ['it rose 2.5x', [['2.5x', 2.5]]],
    ['an 8x zoom', [['8x', 8]]],
    [
      '40,000-50,000 troops',
      [
        ['40,000', 40000],
        ['50,000', 50000],
      ],
    ],
    [
      '500,000 to 1.5 million people',
      [
        ['500,000', 500000],
        ['1.5 million', 1.5e6],
      ],
    ],
    ['Arsenal won 2-1', [['2', 2]]],
    [
      '£1.2m-£15bn',
      [
        ['£1.2m', 1.2e6],
        ['£15bn', 15e9],
      ],
    ],
    [
      '80p-90p a litre',
      [
        ['80p', 0.8],
        ['90p', 0.9],
      ],
    ],
    ['3.5 times as many', [['3.5 times', 3.5]]],
    ['more than 4x as many', [['more than 4x', 4]]],
    ['visited 3 times', [['3', 3]]],
    ['a 10-point plan', [['10', 10]]],
    ['a change of −9.4%', [['−9.4%', -0.094]]],
    ['a change of -9.4%', [['-9.4%', -0.094]]],
    ['a balance of −£5bn', [['−£5bn', -5e9]]],
    ['(-3 on the year)', [['-3', -3]]],
    [
      'a 10-15% rise',
      [
        ['10', 0.1],
        ['15%', 0.15],
      ],
    ],
    [
      '£2-3bn in aid',
      [
        ['£2', 2e9],
        ['3bn', 3e9],
      ],
    ],
    [
      '£2 - £3bn in aid',
      [
        ['£2', 2e9],
        ['£3bn', 3e9],
      ],
    ],
    [
      'from 10 -15%',
      [
        ['10', 0.1],
        ['15%', 0.15],
      ],
    ],
    [
      'a gain of 3-4pp',
      [
        ['3', 0.03],
        ['4pp', 0.04],
      ],
    ],
    [
      'from 10 to 15 million',
      [
        ['10', 1e7],
        ['15 million', 1.5e7],
      ],
    ],
    [
      '10–15%',
      [
        ['10', 0.1],
        ['15%', 0.15],
      ],
    ],
  ])('counts %j', (text, expected) => {
    expect(findProseNumbers(text).map(({ text: written, value }) => [written, value])).toEqual(expected);
  });

  it.each([
    'for every 1,000 inhabitants',
    'a rate per 1,000 inhabitants',
    'since 9/11',
    'open 24/7',
    'No. 5 on the list',
    'number 10 Downing Street',
    'people aged 18 to 34',
    'aged 18–34',
    'at 10:30 on Monday',
    'at 5 pm',
    'at 5 p.m. local time',
    'under Article 8 of the covenant',
    'section 3 of the law',
    'in winter 2024–25',
    'the 2023/24 season',
    'the 21st century',
    'on 2 October',
    'in 2015–2016',
    'from 9:00 to 17:30',
    'rule 14 of the code',
    'chapter 7 of the report',
    'the COVID-19 wave',
    'a fleet of 4x4 trucks',
    'in 2015-2016',
  ])('does not count what names, dates or bases a number: %j', (text) => {
    expect(findProseNumbers(text)).toEqual([]);
  });
});

describe('findProseNumbers, a ratio against a year', () => {
  it('counts "55% in 2023" and "3 in 2024": a year is no ratio', () => {
    expect(findProseNumbers('55% in 2023, and 3 in 2024').map((number) => number.text)).toEqual(['55%', '3']);
  });
});

describe('findProseNumbers, numbers in words', () => {
  it.each<[string, [string, number][]]>([
    ['three regions', [['three', 3]]],
    ['twenty-five people', [['twenty-five', 25]]],
    ['two hundred and fifty thousand men', [['two hundred and fifty thousand', 250000]]],
    ['a thousand troops', [['a thousand', 1000]]],
    ['one million people', [['one million', 1e6]]],
    ['half a million voters', [['half a million', 5e5]]],
    ['Twelve hours', [['Twelve', 12]]],
    ['more than three times the 2020 low', [['more than three times', 3]]],
    ['twice as many', [['twice', 2]]],
    ['applications doubled', [['doubled', 2]]],
    ['the gap tripled', [['tripled', 3]]],
    ['the budget was halved', [['halved', 0.5]]],
    ['more than double the headline rate', [['more than double', 2]]],
    ['triple that of 2020', [['triple', 3]]],
    ['nearly quadruple.', [['nearly quadruple', 4]]],
    ['spending more than doubles', [['more than doubles', 2]]],
    ["Chipmaker's Sales Triple on AI Demand", [['Triple', 3]]],
    ['Prices Halve in a Year', [['Halve', 0.5]]],
    ['three months of strikes', [['three', 3]]],
    ['a hundredfold gap', [['a hundredfold', 100]]],
    ['a tenfold rise', [['tenfold', 10]]],
    ['a three-fold rise', [['three-fold', 3]]],
    [
      'half as much again as the 280 before',
      [
        ['half as much again', 1.5],
        ['280', 280],
      ],
    ],
    ['nearly half as many again', [['nearly half as many again', 1.5]]],
    ['rose by a third in 2023', [['a third', 1 / 3]]],
    ['rose by about a sixth', [['about a sixth', 1 / 6]]],
    ['nearly a third.', [['nearly a third', 1 / 3]]],
    ['a fifth of the total', [['a fifth', 0.2]]],
    ['two-thirds of voters', [['two-thirds', 2 / 3]]],
    ['three quarters of them', [['three quarters', 0.75]]],
    ['more than half of them', [['more than half', 0.5]]],
    ['half the prisoners', [['half', 0.5]]],
    ['cut by half', [['half', 0.5]]],
    ['a quarter of a million buyers', [['a quarter of a million', 250_000]]],
    ['one pound in every six the state spends', [['one pound in every six', 1 / 6]]],
    ['one adult in five', [['one adult in five', 0.2]]],
    ['one death in 10 days', [['10', 10]]],
    ['waited under 4 hours', [['4', 4]]],
    ['daily deaths over 1,000 were recorded', [['1,000', 1000]]],
    ['workers over fifty thousand', [['over fifty thousand', 50_000]]],
    ['still a third higher than in 2016', [['a third', 1 / 3]]],
    ['a quarter cheaper', [['a quarter', 0.25]]],
    ['then, nearly 3 in 10.', [['nearly 3 in 10', 0.3]]],
    [
      'up 4%: £195 a year',
      [
        ['4%', 0.04],
        ['£195', 195],
      ],
    ],
    ['under 75 people', [['75', 75]]],
    ['three quarters of a billion euros', [['three quarters of a billion', 750_000_000]]],
    ['a fifth of a million', [['a fifth of a million', 200_000]]],
    [
      '2.5 times, or two and a half times',
      [
        ['2.5', 2.5],
        ['two and a half times', 2.5],
      ],
    ],
  ])('counts %j', (text, expected) => {
    const found = findProseNumbers(text).map(({ text: written, value }) => [written, value]);
    expect(found).toEqual(expected);
  });

  it.each([
    'one of the largest',
    'no one knows',
    'one day in March',
    'a third wave of mobilization',
    'the third round',
    'a quarter century',
    'the first half of 2023',
    'the second half of the year',
    'half an hour',
    'in a quarter of a century',
    'people under 75 died',
    'at 10:30 today',
    'a ratio of 3:1',
    'children under five',
    'those aged over 65',
    'deaths under 75 from heart disease',
    'three quarters of an hour later',
    'a third of a mile away',
    'two-thirds of a decade',
    'aged seventy-five or over',
    'beds per thousand people',
    'for every hundred inhabitants',
    'someone often said',
    'tone and ones',
    'thousands of people',
    'hundreds of prisoners',
    'a double murder',
    'double-digit inflation',
    'a triple lock on pensions',
    'to double-check the data',
    'in the three months to October',
    'a 40-year-old man',
    'two weeks earlier',
    'three years ago',
    'a forty-year-old man',
    'he is 50 years old',
    'the seven-day average',
    'the average two-year fixed rate',
    'Long Covid, Four Years On',
    'a three-year high',
    'a five-year plan',
    'the twelve months ending in March',
  ])('does not count words that are no number: %j', (text) => {
    expect(findProseNumbers(text)).toEqual([]);
  });

  it.each([
    ['takes a quarter of a point off the rate', 'a quarter of a point', 0.0025, 'fall'],
    ['a quarter of a point above target', 'a quarter of a point', 0.0025, 'rise'],
    ['a quarter-point cut', 'a quarter-point', 0.0025, 'fall'],
    ['rose by half a percentage point', 'half a percentage point', 0.005, 'rise'],
    ['three-quarters of a percentage point', 'three-quarters of a percentage point', 0.0075, undefined],
    ['a tenth of a per cent of it', 'a tenth of a per cent', 0.001, undefined],
    ['Reform leads by three points', 'three points', 0.03, undefined],
    ['Labour has lost nearly eight points since', 'nearly eight points', 0.08, 'fall'],
    ['a two-percentage-point rise', 'two-percentage-point', 0.02, 'rise'],
    ['inflation of five per cent', 'five per cent', 0.05, undefined],
    ['one percentage point', 'one percentage point', 0.01, undefined],
  ])('reads %j as points, as digits are read', (text, written, value, direction) => {
    const [found] = findProseNumbers(text);
    expect([found?.text, found?.value, found?.words, found?.direction]).toEqual([written, value, undefined, direction]);
  });

  it('reads points in words as precisely as digits, with the comparison before them', () => {
    expect(findProseNumbers('lost nearly eight points')).toEqual([
      findProseNumbers('lost nearly 8 points').map((digits) => ({
        ...digits,
        text: 'nearly eight points',
        index: 5,
      }))[0],
    ]);
    expect(findProseNumbers('nearly 8 points')[0]).toMatchObject({
      qualified: { comparison: '~', value: 0.08 },
      measure: 'share',
    });
    expect(findProseNumbers('over £20')[0]).toMatchObject({
      qualified: { comparison: '>', value: 20 },
      measure: 'money',
    });
    expect(findProseNumbers('by 8 points')[0]?.qualified).toBeUndefined();
    expect(findProseNumbers('a rise of up to 11%')[0]?.qualified).toEqual({ comparison: '<=', value: 0.11 });
    expect(findProseNumbers('as many as 300 people')[0]?.qualified).toEqual({ comparison: '<=', value: 300 });
    expect(
      ['750 a day', '£20 per week', '3,000 each month', '750 days'].map((text) => findProseNumbers(text)[0]?.perPeriod),
    ).toEqual([365, 52, 12, undefined]);
    // A multiple in digits is as precise as its digits, and keeps the comparison before it.
    expect(findProseNumbers('it rose 2.5x')[0]?.words).toEqual({
      kind: 'multiple',
      claim: { comparison: '=', value: 2.5, step: 0.1 },
    });
    expect(findProseNumbers('more than 4x as many')[0]?.words).toEqual({
      kind: 'multiple',
      claim: { comparison: '>', value: 4, step: 1 },
    });
    // The longest words win, and a line break is a space.
    expect(findProseNumbers('no more than 5 seats')[0]?.qualified).toEqual({ comparison: '<=', value: 5 });
    expect(findProseNumbers('seats, less\nthan 1% of them')[0]?.qualified).toEqual({ comparison: '<', value: 0.01 });
    expect(findProseNumbers('more\nthan three times')[0]?.words?.claim).toEqual({ comparison: '>', value: 3 });
  });

  it.each([
    ['under 1 in 20 pounds', 'under 1 in 20', { comparison: '<', value: 0.05 }],
    ['More than 1 in 10 adults', 'More than 1 in 10', { comparison: '>', value: 0.1 }],
    ['1 in 5 adults', '1 in 5', { comparison: '~', value: 0.2 }],
  ])('reads %j as a fraction with the comparison before it, as words are read', (text, written, claim) => {
    const [found] = findProseNumbers(text);
    expect([found?.text, found?.words]).toEqual([written, { kind: 'fraction', claim }]);
  });

  it.each(['At one point the queue stretched', 'a ten-point plan', '3–5 days in May'])(
    'reads no points in %j',
    (text) => {
      expect(findProseNumbers(text).every((found) => found.value >= 1)).toBe(true);
    },
  );

  it.each([
    ["the world's third-largest economy", 'third-largest', 3],
    ['its 5th biggest market', '5th biggest', 5],
    ["Britain's second largest bank", 'second largest', 2],
  ])('reads a place before a superlative in %j as a rank', (text, written, value) => {
    expect(findProseNumbers(text).map((found) => [found.text, found.value, found.words?.kind])).toEqual([
      [written, value, 'rank'],
    ]);
  });

  it.each(['the second round', 'the first time', 'the best of times', 'its largest bank'])(
    'reads no rank in %j',
    (text) => {
      expect(findProseNumbers(text)).toEqual([]);
    },
  );

  it('keeps the comparison the words make, as <Claim says> would', () => {
    const [more, nearly, bare] = ['more than three times', 'nearly a third', 'a fifth of them'].map(
      (text) => findProseNumbers(text)[0]?.words?.claim,
    );
    expect(more).toEqual({ comparison: '>', value: 3 });
    expect(nearly).toEqual({ comparison: '~', value: 1 / 3 });
    expect(bare).toEqual({ comparison: '~', value: 0.2 });
  });

  it.each([
    ['spending fell by a third', 'a third', { comparison: '~', value: -1 / 3 }, 'fall'],
    ['the budget was cut by more than half', 'more than half', { comparison: '<', value: -0.5 }, 'fall'],
    ['cut in half', 'half', { comparison: '~', value: -0.5 }, 'fall'],
    ['exports are down by nearly a quarter', 'nearly a quarter', { comparison: '~', value: -0.25 }, 'fall'],
    ['output dropped by at least a fifth', 'at least a fifth', { comparison: '<=', value: -0.2 }, 'fall'],
    ['a fall of about a tenth', 'about a tenth', { comparison: '~', value: -0.1 }, 'fall'],
    ['rose by a third in 2023', 'a third', { comparison: '~', value: 1 / 3 }, 'rise'],
    ['a rise of more than half', 'more than half', { comparison: '>', value: 0.5 }, 'rise'],
    ['prices are up by more than a tenth', 'more than a tenth', { comparison: '>', value: 0.1 }, 'rise'],
    ['a third of farms', 'a third', { comparison: '~', value: 1 / 3 }, undefined],
    ['it fell in a third of cases', 'a third', { comparison: '~', value: 1 / 3 }, undefined],
  ])('reads %j as a change of %s in the terms of a fact that computes it', (text, written, claim, direction) => {
    const [found] = findProseNumbers(text);
    expect(found?.text).toBe(written);
    expect(found?.value).toBe(Math.abs(claim.value));
    expect(found?.words?.claim).toEqual(claim);
    expect(found?.direction).toBe(direction);
  });

  it.each([
    ['spending fell 30% in 2025', 'fall'],
    ['exports are down by 12.5%', 'fall'],
    ['a 30% cut in farm aid', 'fall'],
    ['prices were 8% lower', 'fall'],
    ['the cut took 25bp off the rate', 'fall'],
    ['53% below 1990', 'fall'],
    ['4% above the target', 'rise'],
    ['turnout rose 3 percentage points', 'rise'],
    ['a 5% rise', 'rise'],
    ['a drop of 9.4% in a year', 'fall'],
    ['growth of 2.5% a year', 'rise'],
    ['a rise of up to 11%', 'rise'],
    ['cut by as much as 5%', 'fall'],
    ['30% of voters', undefined],
    ['the rate is 4.5%', undefined],
  ])('reads the direction of the percentage in %j: %s', (text, direction) => {
    const [found] = findProseNumbers(text);
    expect(found?.direction).toBe(direction);
  });

  it.each([
    ['petrol fell 2.1p a litre', 'fall'],
    ['bills were cut by £20', 'fall'],
    ['5,000 fewer nurses', 'fall'],
    ['a litre is 3p cheaper', 'fall'],
    ['wages rose £1,200', 'rise'],
    ['petrol fell to £1.35', undefined],
    ['there are 5,000 nurses', undefined],
  ])('reads the direction of any amount in %j: %s', (text, direction) => {
    const [found] = findProseNumbers(text);
    expect(found?.direction).toBe(direction);
  });
});
