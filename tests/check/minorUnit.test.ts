/** Money in pence or cents (`minorUnit`): shown as newsrooms write it, refused where it cannot be. */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';

const article = (figures: string, facts = '') => `---
title: Dividends
dek: The payout, in pence.
section: Business
published: 2026-04
sources:
  results:
    publisher: Tesco plc
figures:
${figures}${facts && `facts:\n${facts}`}---

Text.
`;

const check = (figures: string, facts = '') =>
  checkArticle(article(figures, facts), { file: 'content/articles/x.mdx', locale: 'en-GB' });

const DIVIDENDS =
  '  dividend:\n    value: 0.1395\n    unit: GBP/share\n    minorUnit: true\n    source: results\n' +
  '  dividendBefore:\n    value: 0.131\n    unit: GBP/share\n    minorUnit: true\n    source: results\n';

describe('minorUnit', () => {
  it('shows a figure, a range and a fact in pence, with the arithmetic in pence', () => {
    const { article: resolved, problems } = check(
      DIVIDENDS +
        '  petrol:\n    value: [1.329, 1.359]\n    unit: GBP/litre\n    minorUnit: true\n    source: results\n',
      '  rise:\n    title: Rise in the dividend\n    formula: dividend - dividendBefore\n    minorUnit: true\n',
    );
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const shown = Object.fromEntries([...resolved!.figures, ...resolved!.facts].map((item) => [item.id, item.display]));
    expect(shown).toEqual({ dividend: '13.95p', dividendBefore: '13.1p', petrol: '132.9–135.9p', rise: '0.85p' });
    // The long unit words say what the number is shown in; the data keeps the currency.
    expect([resolved!.facts[0]!.unitLong, resolved!.facts[0]!.unit]).toEqual(['pence per share', 'GBP/share']);
    expect(resolved!.facts[0]!.equation).toBe('13.95p − 13.1p = 0.85p');
  });

  it('shows a sum or difference of pence in pence, and a product in pounds, unless the fact says otherwise', () => {
    const { article: resolved } = check(
      DIVIDENDS + '  shares:\n    value: 7000000000\n    format: compact\n    unit: shares\n    source: results\n',
      '  rise:\n    title: Rise\n    formula: dividend - dividendBefore\n' +
        '  payout:\n    title: Payout\n    formula: dividend * shares\n    format: compact\n' +
        '  riseInPounds:\n    title: Rise\n    formula: dividend - dividendBefore\n    minorUnit: false\n',
    );
    expect(resolved!.facts.map((fact) => fact.equation)).toEqual([
      '13.95p − 13.1p = 0.85p',
      '13.95p × 7 billion = £976.5 million',
      '13.95p − 13.1p = £0.009',
    ]);
  });

  it.each([
    [
      'a count of people',
      '  staff:\n    value: 330000\n    format: count\n    unit: employees\n    minorUnit: true\n    source: results\n',
      'figures.staff.minorUnit',
      'minorUnit shows money in pence or cents, but this is not money: give a currency unit (GBP (p), USD (¢), EUR (c)), or leave minorUnit out',
    ],
    [
      'a currency with no minor unit Tally writes',
      '  price:\n    value: 0.5\n    unit: JPY\n    minorUnit: true\n    source: results\n',
      'figures.price.minorUnit',
      'minorUnit is shown for GBP (p), USD (¢), EUR (c), not JPY: leave minorUnit out',
    ],
    [
      'a compact amount',
      '  buyback:\n    value: 1450000000\n    format: compact\n    unit: GBP\n    minorUnit: true\n    source: results\n',
      'figures.buyback.minorUnit',
      'minorUnit shows a plain amount in pence or cents, but the format is compact: use format: number, or leave minorUnit out',
    ],
  ])('is refused for %s', (_, figures, field, message) => {
    const errors = check(figures).problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => [problem.field, problem.message])).toEqual([[field, message]]);
  });

  it('is refused for a fact that is not money', () => {
    const errors = check(
      DIVIDENDS,
      '  ratio:\n    title: Ratio\n    formula: dividend / dividendBefore\n    minorUnit: true\n',
    ).problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.field)).toEqual(['facts.ratio.minorUnit']);
  });

  it('is read in a <Claim> and offered as written in the text', () => {
    const body = (sentence: string) =>
      checkArticle(
        article(DIVIDENDS, '  rise:\n    title: Rise\n    formula: dividend - dividendBefore\n').replace(
          'Text.',
          `The dividend is <Fig id="dividend" />, up from <Fig id="dividendBefore" />: ${sentence}.`,
        ),
        { file: 'content/articles/x.mdx', locale: 'en-GB' },
      ).problems.map((problem) => problem.message);
    expect(body('a rise of 0.85p')).toEqual([
      '"0.85p" in the text is not bound to a figure (bind it with <Claim fact="rise" says="0.85p">0.85p</Claim> if it is)',
    ]);
    expect(body('a rise of <Claim fact="rise" says="0.85p">0.85p</Claim>')).toEqual([]);
    expect(body('a rise of <Claim fact="rise" says="0.8p">0.8p</Claim>')).toEqual([
      '"0.8p" is false: Tally computes 0.85p (13.95p − 13.1p = 0.85p; the claim says 0.8p).',
    ]);
  });
});
