import { describe, expect, it } from 'vitest';
import { resolveArticle, type ResolvedFact } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { factBoxHeadingLevels } from '../../src/lib/factBoxHeadingLevels.ts';
import { placeLeadChart } from '../../src/lib/placeLeadChart.ts';
import { rankPanelFacts } from '../../src/lib/rankPanelFacts.ts';
import { articleInput } from '../support/articleInput.ts';

const LOCALE = 'en-GB';

/** One fact, `formula: computed`, checked against `stated` in the given format. */
function checkedFact(format: string, computed: number, stated: number, tolerance?: number): ResolvedFact {
  const input = articleInput({
    figures: {
      computed: { value: computed, format, source: 'istories' },
      stated: { value: stated, format, source: 'istories' },
    },
    facts: { result: { title: 'Result', formula: 'computed', format, compareTo: 'stated', tolerance } },
  });
  return resolveArticle(articleSchema.parse(input), { file: 'test.mdx', locale: LOCALE }).facts[0]!;
}

describe('the amount of a differing verdict (comparison.gap)', () => {
  it.each([
    ['count', 21000, 20000, '1,000 fewer'],
    ['count', 21000, 22050, '1,050 more'],
    ['compact', 1000000, 750000, '250,000 fewer'],
    ['number', 2.5, 2.75, '0.25 higher'],
    ['number', 1500, 1249.5, '250.5 lower'],
    ['percent', 0.4, 0.425, '2.5\u00a0percentage points higher'],
    ['percent', 0.12, 0.1, '2\u00a0percentage points lower'],
    ['multiple', 100, 90, '10× lower'],
  ])('%s: computed %d, stated %d → "%s"', (format, computed, stated, amount) => {
    const fact = checkedFact(format, computed, stated);
    expect(fact.comparison!.gap).toBe(amount);
    // The fact box's verdict sentence gives the same amount: the two never disagree.
    expect(fact.comparison!.summary).toContain(`: ${amount}`);
  });

  it('gives no amount for a stated number that matches, exactly or within the tolerance', () => {
    expect(checkedFact('count', 21000, 21000).comparison!.gap).toBeUndefined();
    expect(checkedFact('count', 21000, 20000, 0.05).comparison!.gap).toBeUndefined();
  });
});

describe('rankPanelFacts', () => {
  const fact = (id: string, verdict?: 'matches' | 'differs') =>
    ({ id, comparison: verdict && { verdict } }) as unknown as ResolvedFact;
  const ids = (facts: ResolvedFact[]) => facts.map((item) => item.id);

  it('puts differing facts first, then the text’s order of boxes, then facts without a box', () => {
    const facts = [fact('a'), fact('b', 'matches'), fact('c', 'differs'), fact('d'), fact('e', 'differs'), fact('f')];
    const { full, brief } = rankPanelFacts(facts, ['f', 'e', 'b', 'c'], 4);
    expect(ids(full)).toEqual(['e', 'c', 'f', 'b']);
    expect(ids(brief)).toEqual(['a', 'd']);
  });

  it('shows five in full by default and the rest in the short list', () => {
    const facts = Array.from({ length: 15 }, (_, index) => fact(`f${index}`, index % 7 === 6 ? 'differs' : undefined));
    const { full, brief } = rankPanelFacts(facts, []);
    expect(ids(full)).toEqual(['f6', 'f13', 'f0', 'f1', 'f2']);
    expect(brief).toHaveLength(10);
    expect(new Set(ids([...full, ...brief])).size).toBe(15);
  });

  it('shows every fact in full when there are five or fewer', () => {
    const facts = [fact('a'), fact('b', 'differs'), fact('c')];
    expect(rankPanelFacts(facts, ['a', 'c'])).toEqual({ full: [facts[1], facts[0], facts[2]], brief: [] });
  });
});

describe('placeLeadChart', () => {
  const chart = { id: 'people', figures: [{ id: 'unit' }, { id: 'quota' }] };

  it('puts the chart after the paragraph that first cites one of its figures', () => {
    const body = 'First, no numbers.\n\nThe unit is <Fig id="unit" />,\nsays the plan.\n\nLast.\n';
    expect(placeLeadChart(body, chart)).toBe(
      'First, no numbers.\n\nThe unit is <Fig id="unit" />,\nsays the plan.\n\n<Chart id="people" />\n\nLast.\n',
    );
  });

  it('counts a fact box of a computed fact the chart draws as citing it', () => {
    const body = 'Intro <Fig id="other" />.\n\n<FactBox id="quota" />\n\nThen <Fig id="unit" />.';
    expect(placeLeadChart(body, chart)).toBe(
      'Intro <Fig id="other" />.\n\n<FactBox id="quota" />\n\n<Chart id="people" />\n\nThen <Fig id="unit" />.',
    );
  });

  it('puts the chart at the end when the citing paragraph is the last', () => {
    expect(placeLeadChart("Only <Fig id='unit' />.", chart)).toBe('Only <Fig id=\'unit\' />.\n\n<Chart id="people" />');
  });

  it('follows the first paragraph when the text cites none of its numbers', () => {
    expect(placeLeadChart('\n\nOne.\nStill one.\n\nTwo <Fig id="other" />.', chart)).toBe(
      '\n\nOne.\nStill one.\n\n<Chart id="people" />\n\nTwo <Fig id="other" />.',
    );
  });

  it('ignores tags and blank lines inside fenced code', () => {
    const body = 'One.\n\n```\n<Fig id="unit" />\n\n```\n\nTwo <Fig id="unit" />.';
    expect(placeLeadChart(body, chart)).toBe(`${body}\n\n<Chart id="people" />`);
  });

  it('adds the chart to an empty text', () => {
    expect(placeLeadChart('', chart)).toBe('\n\n<Chart id="people" />');
  });
});

describe('factBoxHeadingLevels', () => {
  it('gives a box under the headline an h2 title, and one in a section a level below its heading', () => {
    const body = [
      'Intro.',
      '',
      '<FactBox id="a" />',
      '',
      '## Section',
      '',
      '<FactBox id="b" /> <FactBox id="c" />',
      '',
      '### Subsection',
      '',
      '<FactBox id="d" />',
      '',
      '#### Deeper',
      '',
      '<FactBox id="e" />',
      '',
      '## Back up',
      '<FactBox id="f"/>',
    ].join('\n');
    expect(factBoxHeadingLevels(body)).toEqual([2, 3, 3, 4, 4, 3]);
  });

  it('reads setext headings and a heading-like line in fenced code as the text does', () => {
    const body =
      'Section\n=======\n\n<FactBox id="a" />\n\nPart\n---\n\n```\n## not a heading\n<FactBox id="x" />\n```\n\n<FactBox id="b" />';
    expect(factBoxHeadingLevels(body)).toEqual([2, 3]);
  });

  it('finds no boxes in a text without any', () => {
    expect(factBoxHeadingLevels('## Only a heading\n\nAnd <Fig id="a" />.')).toEqual([]);
  });
});
