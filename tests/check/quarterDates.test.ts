/**
 * Quarterly data ("GDP grew 0.1% in the third quarter"): a figure's asOf and a timeline date may
 * be a quarter, checked against the article as the whole quarter; a publication date may not.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';

const FILE = 'content/articles/x.mdx';

function article({ published = '2024-11-20', asOf = '2024-Q3', timeline = '2024-Q2' } = {}): string {
  return `---
title: Growth slows
dek: The economy grew by 0.1% in the third quarter.
section: Economy
published: ${published}
sources:
  ons:
    publisher: Office for National Statistics
figures:
  gdp:
    value: 0.001
    format: percent
    label: GDP growth in the quarter
    asOf: ${asOf}
    source: ons
timeline:
  - date: ${timeline}
    text: Growth slows.
    source: ons
---

The economy grew by <Fig id="gdp" /> in the third quarter.
`;
}

const problems = (text: string) => checkArticle(text, { file: FILE, locale: 'en-GB' }).problems.map(formatProblem);

describe('a quarter in an article', () => {
  it('is a date for a figure and a timeline event, shown as its months', () => {
    const check = checkArticle(article(), { file: FILE, locale: 'en-GB' });
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(check.article!.figures.find((figure) => figure.id === 'gdp')!.asOf).toMatchObject({
      display: 'July\u2009–\u2009September 2024',
      datetime: '2024',
    });
    expect(check.article!.timeline[0]!.date).toMatchObject({
      display: 'April\u2009–\u2009June 2024',
      datetime: '2024',
    });
  });

  it.each([
    ['published in the last month of the quarter', '2024-09', []],
    ['published on the first day of the quarter', '2024-07-01', []],
    [
      'published before the quarter began',
      '2024-06-30',
      [
        expect.stringMatching(
          /^content\/articles\/x\.mdx:14:11 {2}figures\.gdp\.asOf {2}the figure "gdp" is dated 2024-Q3, after the article \(2024-06-30\): an article cannot report what had not happened/,
        ),
      ],
    ],
  ])('is after an article only when it begins after it: %s', (_case, published, expected) => {
    expect(problems(article({ published, timeline: '2024' }))).toEqual(expected);
  });

  it.each([
    [
      'published',
      { published: '2024-Q4' },
      `${FILE}:5:12  published  expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "2024-Q4": only a figure's asOf and a timeline date can be a quarter; write the month or the day, or the year (2024)`,
    ],
    [
      'asOf',
      { asOf: 'Q3 2024' },
      `${FILE}:14:11  figures.gdp.asOf  expected a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD, found "Q3 2024": write 2024-Q3`,
    ],
    [
      'timeline date',
      { timeline: '2024-Q5' },
      `${FILE}:17:11  timeline.0.date  "2024-Q5" has no quarter Q5: a year has quarters Q1 to Q4`,
    ],
  ])('written wrong as %s is an error that says what to write', (_field, written, expected) => {
    expect(problems(article(written))).toContain(expected);
  });
});
