/**
 * The planted-inconsistency corpus: a correct article (`base.mdx`) and copies of it with one
 * editor's slip each. The checker must report each slip at its file, line, field and message,
 * and say nothing of the kind about the article without the slip (no false alarm).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import type { CheckProblem } from '../../src/check/CheckProblem.ts';
import { makeStrict } from '../../src/check/checkContent.ts';

const FOLDER = 'tests/fixtures/planted';

function check(name: string, text = readFileSync(join(FOLDER, `${name}.mdx`), 'utf8')): CheckProblem[] {
  return checkArticle(text, { file: join(FOLDER, `${name}.mdx`), locale: 'en-GB' }).problems;
}

type Case = [name: string, line: number, field: string, severity: CheckProblem['severity'], message: string];

const CASES: Case[] = [
  [
    'total-contradicts-parts',
    96,
    'facts.topFour.compareTo',
    'warning',
    'the article states 785,200 applicants; Tally computes 792,500 (7,300 fewer, 0.92% below)',
  ],
  [
    'total-contradicts-parts-expect-matches',
    96,
    'facts.topFour.compareTo',
    'error',
    'Tally computes 792,500 (7,300 fewer, 0.92% below), but the fact expects a match',
  ],
  [
    'share-contradicts-parts',
    101,
    'facts.topFourShare.compareTo',
    'warning',
    'the article states 75%; Tally computes 70.1% (4.9\u00a0percentage points higher',
  ],
  ['growth-a-third', 107, 'facts.growth.compareTo', 'warning', 'the article states +33%; Tally computes +17%'],
  ['growth-wrong-sign', 107, 'facts.growth.compareTo', 'warning', 'the article states \u221217%; Tally computes +17%'],
  [
    'share-range-misses',
    101,
    'facts.topFourShare.compareTo',
    'warning',
    'the article states 72% – 75%; Tally computes 70.1%',
  ],
  [
    'over-not-borne-out',
    97,
    'facts.topFour.compareTo',
    'warning',
    'the article states over 792,500 applicants; Tally computes 792,500 (exactly that, not over it)',
  ],
  [
    'approximate-parts-straddle',
    97,
    'facts.topFour.compareTo',
    'warning',
    'may match: the article states 792,520 applicants, but germany (about 329,100) is approximate',
  ],
  [
    'expect-differs-on-a-match',
    102,
    'facts.topFourShare.expect',
    'warning',
    'expect: differs, but the stated 70% matches the computed 70.1%',
  ],
  [
    'event-year-too-early',
    120,
    'timeline.2.date',
    'warning',
    'the text names the 2023 figures, but the event is dated 2023-03, before 2023 had ended',
  ],
  ['event-after-article', 123, 'timeline.3.date', 'error', 'this event is dated 2024-07, after the article (2024-05)'],
  [
    'timeline-out-of-order',
    117,
    'timeline.1.date',
    'warning',
    'this event (2020) comes before the one above it (2021)',
  ],
  [
    'figure-dated-after-article',
    71,
    'figures.italy.asOf',
    'error',
    'the figure "italy" is dated 2024-08, after the article (2024-05)',
  ],
  [
    'source-published-after-article',
    13,
    'sources.eurostat.published',
    'error',
    'the source "eurostat" is dated 2024-09, after the article (2024-05)',
  ],
  [
    'source-read-before-published',
    14,
    'sources.eurostat.accessed',
    'warning',
    'read on 2024-01, before it was published (2024-03)',
  ],
  [
    'year-above-peak',
    32,
    'figures.peak2015.value',
    'warning',
    '"Asylum applications to the EU at their 2015 peak" is 1,282,700, but "apps2023" is 1,329,800, above it',
  ],
  [
    'year-below-low',
    39,
    'figures.low2020.value',
    'warning',
    '"Asylum applications to the EU at the 2020 low" is 471,300, but "apps2022" is 466,000, below it',
  ],
  [
    'units-added-to-a-percentage',
    95,
    'facts.topFour.formula',
    'error',
    'cannot add germany + spain + france (applicants) and growthStated (a percentage)',
  ],
  ['fact-unit-wrong', 96, 'facts.topFour.unit', 'error', 'the formula gives applicants, but unit says "km"'],
  [
    'compared-to-another-unit',
    101,
    'facts.topFourShare.compareTo',
    'error',
    '"topFourStated" is applicants, but the formula gives no unit',
  ],
  ['compared-to-a-fact', 107, 'facts.growth.compareTo', 'error', '"topFourShare" is a computed fact'],
  [
    'percentage-as-text',
    86,
    'figures.growthStated.value',
    'error',
    'a percentage is written as a fraction, so write 0.17',
  ],
  [
    'difference-of-shares-as-percent',
    111,
    'facts.shareGap.format',
    'error',
    'a difference of two percentages is in percentage points: use format: points',
  ],
  ['unbound-number-in-text', 135, 'body', 'warning', '"12,500" in the text is not bound to a figure'],
  ['tolerance-points-on-a-count', 97, 'facts.topFour.tolerancePoints', 'error', 'tolerancePoints is for percentages'],
  ['unknown-currency', 20, 'figures.apps2023.unit', 'error', '"USX" is not an ISO 4217 currency code'],
  ['digits-and-significant', 90, 'figures.growthStated.significant', 'error', 'give digits or significant, not both'],
  ['number-in-title', 3, 'title', 'warning', '"45,000" is shown to readers but no figure states it'],
  ['numbers-in-dek', 4, 'dek', 'warning', '"1,234" and "55%" are shown to readers but no figure states them'],
  [
    'claim-three-times',
    139,
    'body',
    'error',
    '"more than three times" is false: Tally computes 2.4× (1,129,800 ÷ 471,300 = 2.4×',
  ],
  ['claim-says-no-number', 139, 'body', 'error', '<Claim says="lots">: expected a comparison and a number'],
  // Numbers in words outside a <Claim>: the probe of the issue ("rose by a fifth" made "a third").
  ['dek-a-third', 3, 'dek', 'warning', '"about a third" is shown to readers, but the closest fact, growth, is +17%'],
  [
    'three-times-unbound',
    138,
    'body',
    'warning',
    '"more than three times" in the text does not match the closest fact, since2020: Tally computes 2.4×; correct the text, or bind it with <Claim fact="since2020" says="more than 3">more than three times</Claim>',
  ],
  [
    'twice-unbound',
    138,
    'body',
    'warning',
    '"more than twice" in the text is not checked: bind it to the fact that bears it out, <Claim fact="since2020" says="more than 2">more than twice</Claim>',
  ],
  ['count-in-words-unbound', 3, 'dek', 'warning', '"four" is shown to readers but no figure states it'],
  // Checks the article is missing: a stated number no fact checks, against its own figures.
  [
    'share-without-a-fact',
    91,
    'figures.spainShare',
    'warning',
    '19% is stated; spain / apps2023 gives 14.2%: declare a fact to check it, or correct the figure',
  ],
  [
    'total-without-a-fact',
    91,
    'figures.fourTotalStated',
    'warning',
    '785,200 is stated; germany + spain + france + italy gives 792,500: add compareTo: fourTotalStated to the fact topFour, or correct the figure',
  ],
  [
    'change-without-a-fact',
    84,
    'figures.growthStated',
    'warning',
    '+20% is stated; (apps2023 - apps2022) / apps2022 gives +17%: add compareTo: growthStated to the fact growth',
  ],
];

describe('the planted-inconsistency corpus', () => {
  it('has a file for every case and a case for every file', () => {
    const files = readdirSync(FOLDER)
      .filter((name) => name.endsWith('.mdx') && name !== 'base.mdx')
      .map((name) => name.slice(0, -4))
      .sort();
    expect(files).toEqual(CASES.map(([name]) => name).sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('checks the article without any slip with no error and no warning', () => {
    expect(check('base')).toEqual([]);
  });

  it.each(CASES)('%s: reports line %d, %s (%s)', (name, line, field, severity, message) => {
    const problems = check(name);
    const found = problems.find((problem) => problem.field === field && problem.message.includes(message));
    expect(found, JSON.stringify(problems, null, 1)).toMatchObject({
      file: join(FOLDER, `${name}.mdx`),
      line,
      field,
      severity,
    });
    // Without the slip, nothing is reported at that field.
    expect(check('base').filter((problem) => problem.field === field)).toEqual([]);
  });

  it('makes an unacknowledged difference an error under --strict, and nothing else', () => {
    const warnings = check('total-contradicts-parts');
    const strict = makeStrict({ problems: warnings, errors: 0, warnings: warnings.length });
    expect(strict.problems.find((problem) => problem.field === 'facts.topFour.compareTo')?.severity).toBe('error');
    const dates = check('source-read-before-published');
    expect(makeStrict({ problems: dates, errors: 0, warnings: dates.length }).errors).toBe(0);
  });

  it('names the fact that already computes the derivation, however its formula is spaced or bracketed', () => {
    const rewritten = readFileSync(join(FOLDER, 'change-without-a-fact.mdx'), 'utf8').replace(
      'formula: (apps2023 - apps2022) / apps2022',
      'formula: ((apps2023-apps2022))/(apps2022)',
    );
    expect(rewritten).toContain('((apps2023-apps2022))/(apps2022)');
    const problems = check('change-without-a-fact', rewritten).filter(
      (problem) => problem.field === 'figures.growthStated',
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('add compareTo: growthStated to the fact growth'),
    ]);
  });

  it('suggests the fact to declare when the stated share holds, and warns of nothing', () => {
    const holding = readFileSync(join(FOLDER, 'share-without-a-fact.mdx'), 'utf8').replace(
      'value: 0.19',
      'value: 0.14',
    );
    const problems = check('share-without-a-fact', holding).filter((problem) => problem.field === 'figures.spainShare');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'suggestion',
        message:
          'spain / apps2023 gives 14.2%, which the stated 14% rounds: declare a fact to check it (formula: spain / apps2023, compareTo: spainShare)',
      }),
    ]);
  });
});
