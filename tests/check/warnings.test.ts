/** Warnings: printed, never fatal. Each points at what to fix, found from the article text. */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';

const FILE = 'content/articles/x.mdx';

const ARTICLE = `---
title: Autumn draft
dek: The autumn call-up, in numbers.
section: Security
published: 2024-10
sources:
  kremlin:
    publisher: Kremlin
figures:
  autumnDraft:
    value: 133000
    format: count
    source: kremlin
  unusedShare:
    value: 0.4
    format: percent
    source: kremlin
  unsourced:
    value: 85
    format: count
charts:
  - id: lead
    title: The lead graphic, shown under the headline without a <Chart>
    figures: [autumnDraft]
  - id: drafts
    title: Call-ups
    figures: [autumnDraft]
---

On Oct. 2 Putin ordered the conscription of 133,000 civilians, some 40% of them from cities,
in the draft that began on October 1, 2024; the youngest is <Fig id="unsourced" />.
`;

function positionOf(text: string, at: string): { line: number; column: number } {
  const caret = at.indexOf('^');
  const start = text.indexOf(at.replace('^', ''));
  const before = text.slice(0, start + caret).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('checker warnings', () => {
  const check = checkArticle(ARTICLE, { file: FILE, locale: 'en-GB' });

  it('are not errors: the article still resolves', () => {
    expect(check.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(check.article).toBeDefined();
  });

  it.each([
    {
      field: 'figures.unusedShare',
      at: '  ^unusedShare:',
      message: 'the figure "unusedShare" is not used: not in the text, a formula, a chart or a compareTo',
    },
    {
      field: 'figures.unsourced',
      at: '  ^unsourced:',
      message:
        'the figure "unsourced" has no source: add source: <a source id>, or readers see it listed as unattributed (a number true by definition, such as 60 minutes in an hour, takes constant: true)',
    },
    {
      field: 'charts.1.id',
      at: '  - id: ^drafts',
      message: 'the chart "drafts" is never shown: add <Chart id="drafts" /> to the text',
    },
    {
      field: 'body',
      at: 'conscription of ^133,000',
      message: '"133,000" in the text is not bound to a figure (use <Fig id="autumnDraft" /> if it is)',
    },
    {
      field: 'body',
      at: 'some ^40%',
      message: '"40%" in the text is not bound to a figure (use <Fig id="unusedShare" /> if it is)',
    },
  ])('$field: $message', ({ field, at, message }) => {
    expect(check.problems).toContainEqual({
      file: FILE,
      ...positionOf(ARTICLE, at),
      field,
      message,
      severity: 'warning',
    });
  });

  it('say nothing about dates, years, or numbers already bound with <Fig>', () => {
    const numbers = check.problems.filter((problem) => problem.message.includes('in the text is not bound'));
    expect(numbers.map((problem) => problem.message.split('"')[1])).toEqual(['133,000', '40%']);
  });
});

/**
 * A farm-spending article by the European Commission: `figures` and `facts` are YAML lines, already
 * indented under their keys; `body` follows the frontmatter. The messages of `field`'s problems.
 */
function farmSpendingMessages(
  field: string,
  {
    dek = 'The farm budget, in numbers.',
    figures,
    facts = '',
    body,
  }: { dek?: string; figures: string; facts?: string; body: string },
): string[] {
  const text = `---
title: Farm spending
dek: ${dek}
section: Economy
published: 2026-11
sources:
  commission:
    publisher: European Commission
figures:
${figures}${facts && `facts:\n${facts}`}---

${body}
`;
  return checkArticle(text, { file: FILE, locale: 'en-GB' })
    .problems.filter((problem) => problem.field === field)
    .map((problem) => problem.message);
}

describe('a fraction of a change, in words', () => {
  /** Farm spending went from 387 to 258 (a third less); `stated` adds the article's own -33.3%. */
  const bodyMessages = (sentence: string, { stated = false } = {}) =>
    farmSpendingMessages('body', {
      figures:
        '  farmNow:\n    value: 387\n    format: count\n    source: commission\n' +
        '  farmNext:\n    value: 258\n    format: count\n    source: commission\n' +
        (stated
          ? '  cutStated:\n    value: -0.333\n    format: percent\n    signed: true\n    source: commission\n'
          : ''),
      facts:
        '  cut:\n    title: Change in farm spending\n    formula: (farmNext - farmNow) / farmNow\n' +
        `    format: percent\n    signed: true\n${stated ? '    compareTo: cutStated\n' : ''}`,
      body: `Farm spending goes from <Fig id="farmNow" /> to <Fig id="farmNext" />. ${sentence}`,
    });

  it('takes "fell by a third" as the fall the fact computes, and offers the <Claim> that checks it', () => {
    expect(bodyMessages('It fell by a third.')).toEqual([
      '"a third" in the text is not checked: bind it to the fact that bears it out, <Claim fact="cut" says="about -1/3">a third</Claim>',
    ]);
  });

  it('takes "a third lower" as the fall, as "fell by a third" is', () => {
    expect(bodyMessages('It is a third lower.')).toEqual([
      '"a third" in the text is not checked: bind it to the fact that bears it out, <Claim fact="cut" says="about -1/3">a third</Claim>',
    ]);
  });

  it('offers the fact, which can check the words, when a stated figure bears them out too', () => {
    expect(bodyMessages('It fell by a third.', { stated: true })).toEqual([
      '"a third" in the text is not checked: bind it to the fact that bears it out, <Claim fact="cut" says="about -1/3">a third</Claim>',
    ]);
  });

  it('checks the <Claim> it offers as true, and the opposite claim as false', () => {
    expect(bodyMessages('It <Claim fact="cut" says="about -1/3">fell by a third</Claim>.')).toEqual([]);
    expect(bodyMessages('It <Claim fact="cut" says="about 1/3">rose by a third</Claim>.')).toEqual([
      '"rose by a third" is false: Tally computes −33.3% ((258 − 387) ÷ 387 = −33.3%; the claim says about 33.333%).',
    ]);
  });

  it('names the fall when the text says the spending rose', () => {
    expect(bodyMessages('It rose by a third.')).toEqual([
      '"a third" in the text does not match the closest fact, cut: Tally computes −33.3%; correct the text, or bind it with <Claim fact="cut" says="about 1/3">a third</Claim> to have it checked',
    ]);
  });

  it('says when the fall is smaller than the words claim', () => {
    expect(bodyMessages('It was cut by more than half.')).toEqual([
      '"more than half" in the text does not match the closest fact, cut: Tally computes −33.3%; correct the text, or bind it with <Claim fact="cut" says="less than -1/2">more than half</Claim> to have it checked',
    ]);
  });

  it('offers a fraction with no word of direction as the size of the fall, and that <Claim> checks', () => {
    expect(bodyMessages('That is a large cut, or about\na third.')).toEqual([
      '"about a third" in the text is not checked: the fact cut computes a fall of that size, −33.3%; if the words give its size, bind them with <Claim fact="cut" says="about -1/3">about a third</Claim>',
    ]);
    expect(bodyMessages('Or <Claim fact="cut" says="about -1/3">about a third</Claim>.')).toEqual([]);
  });

  it('offers the <Claim> of a fall in digits as a negative change, and that <Claim> checks', () => {
    expect(bodyMessages('It fell 33.3%.')).toEqual([
      '"33.3%" in the text is not bound to a figure (bind it with <Claim fact="cut" says="about -33.3%">33.3%</Claim> if it is: cut is −33.3%)',
    ]);
    expect(bodyMessages('It fell <Claim fact="cut" says="about -33.3%">33.3%</Claim>.')).toEqual([]);
  });

  it('does not offer a fall of another size', () => {
    expect(bodyMessages('About a quarter.')).toEqual([
      '"About a quarter" in the text does not match the closest fact, cut: Tally computes −33.3%; correct the text, or bind it with <Claim fact="cut" says="about 1/4">About a quarter</Claim> to have it checked',
    ]);
  });
});

describe('a count in words', () => {
  /** The article ranks Ireland 2nd; `dek` is its dek. */
  const dekProblems = (dek: string, format = 'rank') =>
    farmSpendingMessages('dek', {
      dek,
      figures: `  irelandRank:\n    value: 2\n    format: ${format}\n    source: commission\n`,
      body: 'Ireland ranks <Fig id="irelandRank" />.',
    });

  it.each(['rank', 'year', 'multiple'])('is not bound by a %s of the same value', (format) => {
    expect(dekProblems('Spending fell in two countries.', format)).toEqual([
      '"two" is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data',
    ]);
  });

  it.each(['count', 'number'])('is bound by a %s of the same value', (format) => {
    expect(dekProblems('Spending fell in two countries.', format)).toEqual([]);
  });
});

describe('a rank in words', () => {
  const messages = (format: string) =>
    farmSpendingMessages('body', {
      figures: `  place:\n    value: 3\n    format: ${format}\n    source: commission\n`,
      body: 'France is the third-largest recipient.',
    });

  it('is bound by a rank figure of its place', () => {
    expect(messages('rank')).toEqual([]);
  });

  it('is not bound by a count of the same value, and says what to declare', () => {
    expect(messages('count')).toEqual([
      '"third-largest" in the text is not bound to a figure: declare a figure with the value 3 and format: rank (the text may keep the words)',
    ]);
  });
});

describe('a range in digits', () => {
  it.each(['Aid rose 10-15%.', 'Aid rose 10–15%.', 'Aid rose from 10 to 15%.'])(
    'binds both ends of %j to a range figure',
    (dek) => {
      expect(
        farmSpendingMessages('dek', {
          dek,
          figures: '  aidRise:\n    value: [0.1, 0.15]\n    format: percent\n    source: commission\n',
          body: 'Aid rose <Fig id="aidRise" />.',
        }),
      ).toEqual([]);
    },
  );

  it.each([
    ['Between 40,000-50,000 troops.', '"50,000"'],
    ['Between 40,000–50,000 troops.', '"50,000"'],
    ['Aid of £2-3bn.', '"3bn"'],
  ])('reports an end of %j that the range figure does not state', (dek, end) => {
    const messages = farmSpendingMessages('dek', {
      dek,
      figures:
        '  troops:\n    value: [40000, 60000]\n    format: count\n    source: commission\n' +
        '  aid:\n    value: [2000000000, 4000000000]\n    format: compact\n    unit: GBP\n    source: commission\n',
      body: 'About <Fig id="troops" /> troops and <Fig id="aid" />.',
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${end} is shown to readers`));
  });
});

describe('a total its parts contradict', () => {
  /** Aid to three countries in 2024, stated as 3,000, and `other`, a figure of the same words. */
  const totalMessages = (other?: { id: string; yaml: string }) =>
    farmSpendingMessages('figures.total', {
      figures:
        '  poland:\n    value: 1000\n    format: count\n    asOf: 2024\n    label: Aid to Poland, 2024\n    source: commission\n' +
        '  spain:\n    value: 800\n    format: count\n    asOf: 2024\n    label: Aid to Spain, 2024\n    source: commission\n' +
        '  italy:\n    value: 700\n    format: count\n    asOf: 2024\n    label: Aid to Italy, 2024\n    source: commission\n' +
        '  total:\n    value: 3000\n    format: count\n    asOf: 2024\n    label: Aid to Poland, Spain and Italy, 2024\n    source: commission\n' +
        (other ? `  ${other.id}:\n${other.yaml}    source: commission\n` : ''),
      body: ['poland', 'spain', 'italy', 'total', ...(other ? [other.id] : [])]
        .map((id) => `<Fig id="${id}" />`)
        .join(' '),
    });
  const PARTS_SAY =
    '3,000 is stated; poland + spain + italy gives 2,500: declare a fact to check it, or correct the figure';

  it('is named with every part', () => {
    expect(totalMessages()).toEqual([PARTS_SAY]);
  });

  it('is named with every part beside the same list for another year', () => {
    const yaml =
      '    value: 1000\n    format: count\n    asOf: 2020\n    label: Aid to Poland, Spain and Italy, 2020\n';
    expect(totalMessages({ id: 'total2020', yaml })).toEqual([PARTS_SAY]);
  });

  it('is named with every part beside a share of one of them', () => {
    const yaml = "    value: 0.4\n    format: percent\n    label: Poland's share of the aid\n";
    expect(totalMessages({ id: 'polandShare', yaml })).toEqual([PARTS_SAY]);
  });
});

describe('a percentage written as on the page', () => {
  /** The messages about the value of a figure `yaml` describes. */
  const valueMessages = (yaml: string) =>
    farmSpendingMessages('figures.aid.value', {
      figures: `  aid:\n${yaml}    source: commission\n`,
      body: 'Aid is <Fig id="aid" />.',
    });

  it.each([
    [
      '    value: 59\n    format: percent\n',
      '59 shows as 5,900%: a percentage is written as a fraction (59% is 0.59); if 5,900% is meant, add signed: true',
    ],
    [
      '    value: [10, 15]\n    format: percent\n',
      '10 to 15 shows as 1,000 to 1,500%: a percentage is written as a fraction (10 to 15% is [0.1, 0.15]); if 1,000 to 1,500% is meant, add signed: true',
    ],
    [
      '    value: -30\n    format: percent\n    signed: true\n',
      '-30 shows as -3,000%: a percentage is written as a fraction (-30% is -0.3); nothing falls by more than 100%',
    ],
    [
      '    value: 1.7\n    format: points\n',
      '1.7 shows as 170 percentage points: percentage points are written as a fraction (1.7 points is 0.017); if 170 percentage points is meant, add signed: true',
    ],
  ])('is named: %j', (yaml, message) => {
    expect(valueMessages(yaml)).toEqual([message]);
  });

  it.each([
    '    value: 0.59\n    format: percent\n',
    '    value: 1.5\n    format: percent\n',
    '    value: 650\n    format: percent\n    signed: true\n',
    '    value: -0.017\n    format: points\n',
    '    value: 59\n    format: count\n',
  ])('is not suspected in %j', (yaml) => {
    expect(valueMessages(yaml)).toEqual([]);
  });
});

describe('a forecast', () => {
  const messages = (field: string, yaml: string) =>
    farmSpendingMessages(field, {
      figures: `  aid:\n    value: 900\n    format: count\n${yaml}    source: commission\n`,
      body: 'Aid is <Fig id="aid" />.',
    });

  it('may be dated after the article', () => {
    expect(messages('figures.aid.asOf', '    asOf: 2027\n    forecast: true\n')).toEqual([]);
  });

  it('is what a measurement dated after the article is told it may be', () => {
    expect(messages('figures.aid.asOf', '    asOf: 2027\n')).toEqual([
      'the figure "aid" is dated 2027, after the article (2026-11): an article cannot report what had not happened, unless someone forecast it or decided it: add forecast: true for a forecast, a projection or a target, or scheduled: true for a value already set for that date (a price cap, a tax rate, a wage)',
    ]);
  });

  it('says for when', () => {
    expect(messages('figures.aid.forecast', '    forecast: true\n')).toEqual([
      'a forecast is for a date: add asOf with the year, quarter, month or day',
    ]);
  });
});

describe('a scheduled value (a price cap set for January)', () => {
  const messages = (field: string, yaml: string) =>
    farmSpendingMessages(field, {
      figures: `  aid:\n    value: 900\n    format: count\n${yaml}    source: commission\n`,
      body: 'Aid is <Fig id="aid" />.',
    });

  it('may be dated after the article', () => {
    expect(messages('figures.aid.asOf', '    asOf: 2027-Q1\n    scheduled: true\n')).toEqual([]);
  });

  it('says from when', () => {
    expect(messages('figures.aid.scheduled', '    scheduled: true\n')).toEqual([
      'a scheduled value applies from a date: add asOf with the year, quarter, month or day',
    ]);
  });

  it('is not a forecast too', () => {
    expect(messages('figures.aid.scheduled', '    asOf: 2027\n    forecast: true\n    scheduled: true\n')).toEqual([
      'a figure is a forecast (what someone expects) or scheduled (what has been decided), not both: keep one',
    ]);
  });
});

describe('a stated change with the other sign', () => {
  const verdict = (stated: string) =>
    farmSpendingMessages('facts.cut.compareTo', {
      figures:
        '  before:\n    value: 0.05\n    format: percent\n    source: commission\n' +
        '  after:\n    value: 0.0475\n    format: percent\n    source: commission\n' +
        `  cutStated:\n    value: ${stated}\n    format: points\n    source: commission\n`,
      facts: '  cut:\n    title: The cut\n    formula: after - before\n    compareTo: cutStated\n',
      body: 'The rate went from <Fig id="before" /> to <Fig id="after" />, a cut of <Fig id="cutStated" />.',
    });

  it('is named as a slip of sign, with both fixes', () => {
    expect(verdict('0.0025')).toEqual([
      'the article states 0.25\u00a0percentage points; Tally computes −0.25\u00a0percentage points (0.5\u00a0percentage points higher, 200% above): the two differ only in sign: write the formula the other way round, or state the figure with its sign (value: -0.0025, signed: true), or write expect: differs if the discrepancy is the story',
    ]);
  });

  it('is not suspected of a number of another size', () => {
    expect(verdict('0.005')[0]).toMatch(/: correct the figure or the formula, or write expect: differs/);
    expect(verdict('-0.0025')).toEqual([]);
  });
});

describe("a stated figure its fact misses by less than an input's rounding", () => {
  const verdict = (immigration: string, body = 'Arrivals were <Fig id="immigration" />.') =>
    farmSpendingMessages('facts.net.compareTo', {
      figures:
        `  immigration:\n    value: 1200000\n    format: compact\n    unit: people\n${immigration}    source: commission\n` +
        '  emigration:\n    value: 479000\n    format: count\n    unit: people\n    source: commission\n' +
        '  netStated:\n    value: 728000\n    format: count\n    unit: people\n    source: commission\n',
      facts: '  net:\n    title: Net migration\n    formula: immigration - emigration\n    compareTo: netStated\n',
      body,
    });

  it('names the input written roundly, and qualifier: about', () => {
    expect(verdict('')).toEqual([
      'the article states 728,000 people; Tally computes 721,000 (7,000 higher, 0.97% above): the gap is within the rounding of immigration as written (1.2 million): if it is rounded, give it qualifier: about; else correct the figure or the formula, or write expect: differs if the discrepancy is the story',
    ]);
  });

  it('says nothing of rounding once the input says it is approximate', () => {
    expect(verdict('    qualifier: about\n')[0]).toMatch(/^may match/);
  });
});

describe('a result its format rounds', () => {
  /** Messages on the fact `ratio`, dividing 2,500 by 1,000 or 3,500 by 3, shown as `format`. */
  const factMessages = (formula: string, format: string) =>
    farmSpendingMessages('facts.ratio.format', {
      figures:
        '  farms:\n    value: 2500\n    format: count\n    source: commission\n' +
        '  regions:\n    value: 1000\n    format: count\n    source: commission\n',
      facts: `  ratio:\n    title: Farms a region\n    formula: ${formula}\n    format: ${format}\n`,
      body: 'There are <Fig id="farms" /> farms in <Fig id="regions" /> regions.\n\n<FactBox id="ratio" />',
    });

  it('is named when the page would show arithmetic it does not give', () => {
    expect(factMessages('farms / regions', 'count')).toEqual([
      'the result, 2.5, is shown as 3, which the arithmetic does not give: choose a format that shows it (number, percent, multiple) or set digits',
    ]);
  });

  it.each([
    ['farms / regions', 'multiple'],
    ['(farms + regions) / 3', 'count'],
  ])('is not named for %s as %s, whose rounding is slight', (formula, format) => {
    expect(factMessages(formula, format)).toEqual([]);
  });
});

describe('digits that round a figure or fact', () => {
  /** Farm spending of 387 and 258 billion euros, the cut between them computed; `field`'s messages. */
  const messages = (field: string, { dek, sentence = '' }: { dek?: string; sentence?: string }) =>
    farmSpendingMessages(field, {
      dek,
      figures:
        '  farmNow:\n    value: 387400000000\n    format: compact\n    unit: EUR\n    source: commission\n' +
        '  farmNext:\n    value: 258000000000\n    format: compact\n    unit: EUR\n    source: commission\n',
      facts: '  saved:\n    title: Saved\n    formula: farmNow - farmNext\n',
      body: `Spending goes from <Fig id="farmNow" /> to <Fig id="farmNext" />. ${sentence}`,
    });

  it('name the figure in a field, with what it states', () => {
    expect(messages('dek', { dek: 'Spending falls from €387 billion.' })).toEqual([
      '"€387 billion" is shown to readers, but the closest figure, farmNow, is €387.4 billion: correct the text, or declare the figure or fact it stands for',
    ]);
  });

  it('state a fact rounded in a field, as a <Claim> of those digits would, but not a figure', () => {
    expect(messages('dek', { dek: 'It saves €129 billion.' })).toEqual([]);
    expect(messages('dek', { dek: 'It saves €130 billion.' })).toEqual([
      '"€130 billion" is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data',
    ]);
  });

  it('offer the <Claim> that checks them against a fact, in the body, and that <Claim> checks', () => {
    expect(messages('body', { sentence: 'It saves €129 billion.' })).toEqual([
      '"€129 billion" in the text is not bound to a figure (bind it with <Claim fact="saved" says="about 129 billion">€129 billion</Claim> if it is: saved is €129.4 billion)',
    ]);
    expect(
      messages('body', { sentence: 'It saves <Claim fact="saved" says="about 129 billion">€129 billion</Claim>.' }),
    ).toEqual([]);
  });

  it('offer a <Claim>, not a <Fig>, for the exact number of a fact', () => {
    expect(messages('body', { sentence: 'It saves €129.4 billion.' })).toEqual([
      '"€129.4 billion" in the text is not bound to a figure (bind it with <Claim fact="saved" says="129.4 billion">€129.4 billion</Claim> if it is)',
    ]);
  });
});

describe('digits or points with a comparison before them, in a field', () => {
  /** Labour's share then and now, the fall and the rise above a base computed; the dek's messages. */
  const dekMessages = (dek: string) =>
    farmSpendingMessages('dek', {
      dek,
      figures:
        '  then:\n    value: 0.337\n    format: percent\n    source: commission\n' +
        '  now:\n    value: 0.26\n    format: percent\n    source: commission\n' +
        '  base:\n    value: 1277\n    unit: EUR\n    source: commission\n' +
        '  cap:\n    value: 1758\n    unit: EUR\n    source: commission\n',
      facts:
        '  fall:\n    title: Fall\n    formula: now - then\n' +
        '  above:\n    title: Above the base\n    formula: (cap - base) / base\n',
      body: 'From <Fig id="then" /> to <Fig id="now" />, and from <Fig id="base" /> to <Fig id="cap" />.',
    });

  it.each([
    'Labour has lost nearly eight points.',
    'Labour has lost almost 8 points.',
    'Bills are almost 40% above the base.',
    'Bills are more than 35% above the base.',
  ])('are bound by the fact that bears them out: %j', (dek) => {
    expect(dekMessages(dek)).toEqual([]);
  });

  it.each([
    ['Bills are 40% above the base.', '"40%"'],
    ['Bills are more than 40% above the base.', '"40%"'],
    ['Labour has lost nearly twelve points.', '"nearly twelve points"'],
  ])('are not bound by a fact that does not: %j', (dek, shown) => {
    expect(dekMessages(dek)).toEqual([
      `${shown} is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data`,
    ]);
  });
});

describe('a bound in a field', () => {
  it('is bound only by a value near it: "more than 12 weeks" is true of 1.9 million people, not about them', () => {
    const dekMessages = (dek: string) =>
      farmSpendingMessages('dek', {
        dek,
        figures:
          '  cases:\n    value: 1900000\n    format: compact\n    unit: people\n    source: commission\n' +
          '  weeks:\n    value: 14\n    unit: weeks\n    source: commission\n',
        body: '<Fig id="cases" /> people, for <Fig id="weeks" /> weeks.',
      });
    expect(dekMessages('Symptoms lasting more than 12 weeks.')).toEqual([]);
    expect(dekMessages('Symptoms lasting more than 12 weeks, in more than twice the people.')).toEqual([
      '"more than twice" is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data',
    ]);
    expect(dekMessages('Symptoms lasting more than 5 weeks.')).toEqual([
      '"5" is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data',
    ]);
  });
});

describe('a short scale with no currency', () => {
  const dekProblems = (dek: string) =>
    farmSpendingMessages('dek', {
      dek,
      figures: '  farms:\n    value: 7040000\n    format: compact\n    source: commission\n',
      body: 'There are <Fig id="farms" /> farms.',
    });

  it('binds "7.04m" to a figure of 7.04 million, as "m" may mean million', () => {
    expect(dekProblems('There are 7.04m farms.')).toEqual([]);
  });

  it('does not bind "7.05m"', () => {
    expect(dekProblems('There are 7.05m farms.')).toEqual([
      '"7.05m" is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data',
    ]);
  });
});

describe('a ratio', () => {
  /** The dek's messages beside a figure of `share` of farms. */
  const dekProblems = (dek: string, share: number) =>
    farmSpendingMessages('dek', {
      dek,
      figures: `  smallFarms:\n    value: ${share}\n    format: percent\n    source: commission\n`,
      body: 'Small farms are <Fig id="smallFarms" /> of all farms.',
    });

  it.each(['One in five farms is small.', '1 in 5 farms is small.'])('%j is bound by a figure of 20%', (dek) => {
    expect(dekProblems(dek, 0.2)).toEqual([]);
  });

  it('is named when the figure says otherwise', () => {
    expect(dekProblems('One in five farms is small.', 0.3)).toEqual([
      '"One in five" is shown to readers, but the closest figure, smallFarms, is 30%: correct the text, or declare the figure or fact it stands for',
    ]);
  });
});

describe('the <Claim> offered for words', () => {
  /** Seats won, of all seats, and the share computed; `sentence` ends the body. */
  const bodyMessages = (won: number, sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        `  won:\n    value: ${won}\n    format: count\n    source: commission\n` +
        '  seats:\n    value: 650\n    format: count\n    source: commission\n',
      facts: '  seatShare:\n    title: Share of seats\n    formula: won / seats\n',
      body: `The party won <Fig id="won" /> of <Fig id="seats" /> seats. ${sentence}`,
    });

  it('checks as true wherever the checker offers it: "almost two-thirds" for 63.2%', () => {
    expect(bodyMessages(411, 'That is almost two-thirds.')).toEqual([
      '"almost two-thirds" in the text is not checked: bind it to the fact that bears it out, <Claim fact="seatShare" says="about 2/3">almost two-thirds</Claim>',
    ]);
    expect(bodyMessages(411, 'That is <Claim fact="seatShare" says="about 2/3">almost two-thirds</Claim>.')).toEqual(
      [],
    );
  });

  it('is not offered, and is false, a tenth away: "almost two-thirds" for 59.2%', () => {
    expect(bodyMessages(385, 'That is <Claim fact="seatShare" says="about 2/3">almost two-thirds</Claim>.')).toEqual([
      '"almost two-thirds" is false: Tally computes 59.2% (385 ÷ 650 = 59.2%; the claim says about 66.667%).',
    ]);
  });
});

describe('basis points', () => {
  const check = (cutStated: string, body: string) =>
    farmSpendingMessages('body', {
      figures:
        '  before:\n    value: 0.05\n    format: percent\n    source: commission\n' +
        '  after:\n    value: 0.0475\n    format: percent\n    source: commission\n' +
        `  cutStated:\n${cutStated}    source: commission\n`,
      facts:
        '  cut:\n    title: The cut\n    formula: after - before\n    basisPoints: true\n    compareTo: cutStated\n',
      body: `The rate went from <Fig id="before" /> to <Fig id="after" />, ${body}.`,
    });

  it('in the text are bound by a figure of that many points, and named with it', () => {
    const figure = '    value: -0.0025\n    format: points\n    basisPoints: true\n';
    expect(check(figure, 'a change of <Fig id="cutStated" />')).toEqual([]);
    expect(check(figure, 'a cut of 25 basis points')).toEqual([
      '"25 basis points" in the text is not bound to a figure (use <Fig id="cutStated" /> if it is, in place of the words of falling: it shows "\u221225\u00a0basis points")',
    ]);
  });

  it('show as basis points on the page', () => {
    const text =
      '---\ntitle: Rates\ndek: A cut.\nsection: Economy\npublished: 2024-11\nfigures:\n' +
      '  before:\n    value: 0.05\n    format: percent\n  after:\n    value: 0.0475\n    format: percent\n' +
      'facts:\n  cut:\n    title: The cut\n    formula: after - before\n    basisPoints: true\n---\n\nText.\n';
    const fact = checkArticle(text, { file: FILE, locale: 'en-GB' }).article!.facts[0]!;
    expect(fact.equation).toBe('4.75% − 5% = \u221225\u00a0basis points');
  });

  it('go only with points', () => {
    const figure = '    value: 0.05\n    format: percent\n    basisPoints: true\n';
    const text = `---\ntitle: Rates\ndek: A cut.\nsection: Economy\npublished: 2024-11\nfigures:\n  rate:\n${figure}---\n\nText.\n`;
    expect(
      checkArticle(text, { file: FILE, locale: 'en-GB' }).problems.map((p) => `${p.field}  ${p.message}`),
    ).toContain(
      'figures.rate.basisPoints  basisPoints shows percentage points as basis points, but the format is percent: use format: points, or leave basisPoints out',
    );
  });
});

describe('words of exactness before a <Fig> that has its own', () => {
  const messages = (qualifier: string, body: string) =>
    farmSpendingMessages('body', {
      figures: `  households:\n    value: 1600000\n    format: compact\n    qualifier: ${qualifier}\n    source: commission\n`,
      body,
    });

  it.each([
    ['about', 'It counted about <Fig id="households" /> households.', 'about', 'about 1.6 million'],
    ['over', 'It counted more than\n<Fig id="households" /> households.', 'more than', 'over 1.6 million'],
  ])('are named when the qualifier is %s: %j', (qualifier, body, words, shown) => {
    expect(messages(qualifier, body)).toEqual([
      `"${words}" before <Fig id="households" /> says how exact it is twice: the figure shows "${shown}"; remove "${words}" from the text, or make the figure's qualifier exact`,
    ]);
  });

  it('at the start of a sentence, ask for other words there, not for a sentence that starts in lower case', () => {
    expect(messages('about', 'Rates rose. About <Fig id="households" /> households refinanced.')).toEqual([
      '"About" before <Fig id="households" /> says how exact it is twice: the figure shows "about 1.6 million"; start the sentence with other words, so the number comes later in it, or make the figure\'s qualifier exact',
    ]);
    expect(messages('about', 'Rates rose. <Fig id="households" /> households refinanced.')).toEqual([
      '<Fig id="households" /> starts a sentence, and shows "about 1.6 million" in lower case: start the sentence with other words, so the number comes later in it',
    ]);
    expect(messages('exact', 'Rates rose. <Fig id="households" /> households refinanced.')).toEqual([]);
  });

  it.each([
    ['exact', 'About <Fig id="households" /> households.'],
    ['about', 'The households, <Fig id="households" /> of them.'],
    ['about', 'Turnabout <Fig id="households" />.'],
  ])('are not suspected with qualifier %s in %j', (qualifier, body) => {
    expect(messages(qualifier, body)).toEqual([]);
  });
});

describe('a word of change before a <Fig> of a negative change', () => {
  const messages = (value: number, body: string) =>
    farmSpendingMessages('body', {
      figures: `  change:\n    value: ${value}\n    format: points\n    signed: true\n    source: commission\n`,
      body,
    });

  it('is named after a word of falling: a fall of a fall is a rise', () => {
    expect(messages(-0.007, 'Margins slipped, a fall of <Fig id="change" />.')).toEqual([
      '<Fig id="change" /> shows "\u22120.7\u00a0percentage points" after a word of falling, so the page says the fall twice, which reads as a rise: state the size of the fall (value: 0.007), or write "a change of"',
    ]);
  });

  it('is named after a word of rising', () => {
    expect(messages(-0.007, 'Margins rose by <Fig id="change" />.')).toEqual([
      '<Fig id="change" /> shows "\u22120.7\u00a0percentage points" after a word of rising, so the page says a fall is a rise: correct the words or the sign',
    ]);
  });

  it.each([
    [-0.007, 'Margins changed by <Fig id="change" />.'],
    [0.007, 'Margins fell by <Fig id="change" />.'],
    [-0.007, 'The change was <Fig id="change" />.'],
  ])('is not suspected for %d in %j', (value, body) => {
    expect(messages(value, body)).toEqual([]);
  });
});

describe('"between" before a <Fig> of a range', () => {
  const messages = (body: string) =>
    farmSpendingMessages('body', {
      figures: '  pumps:\n    value: [60000, 70000]\n    format: count\n    source: commission\n',
      body,
    });

  it('is named, as the page would read "between 60,000–70,000"', () => {
    expect(messages('Between <Fig id="pumps" /> heat pumps went in.')).toEqual([
      '"Between" before <Fig id="pumps" />, a range shown "60,000–70,000", reads "Between 60,000–70,000": remove "Between", or give each end a figure ("between <Fig id="low" /> and <Fig id="high" />")',
    ]);
    expect(messages('Some <Fig id="pumps" /> heat pumps went in.')).toEqual([]);
  });
});

describe('a fall in digits that a negative figure states', () => {
  it('is offered the <Fig> in place of the words of falling', () => {
    const messages = farmSpendingMessages('body', {
      figures: '  target:\n    value: -0.68\n    format: percent\n    signed: true\n    source: commission\n',
      body: 'The target is a cut of 68% on 1990.',
    });
    expect(messages).toEqual([
      '"68%" in the text is not bound to a figure (use <Fig id="target" /> if it is, in place of the words of falling: it shows "\u221268%")',
    ]);
  });
});

describe('a multiple in words', () => {
  const bodyMessages = (body: string) =>
    farmSpendingMessages('body', {
      figures:
        '  services:\n    value: 0.05\n    format: percent\n    source: commission\n' +
        '  headline:\n    value: 0.023\n    format: percent\n    source: commission\n' +
        '  price:\n    value: 292000\n    format: count\n    unit: GBP\n    source: commission\n' +
        '  earnings:\n    value: 35000\n    format: count\n    unit: GBP\n    source: commission\n',
      facts: '  priceToEarnings:\n    title: Prices against earnings\n    formula: price / earnings\n',
      body,
    });
  const houses = 'A house costs <Fig id="price" />, against earnings of <Fig id="earnings" />.';

  it('is not offered a fact the text around it does not name, but the ratio of the figures it names', () => {
    expect(
      bodyMessages(
        `Services inflation was <Fig id="services" />, more than double the headline <Fig id="headline" />.\n\nMore text.\n\n${houses}`,
      ),
    ).toEqual([
      '"more than double" in the text is not checked: services / headline gives 2.2×, which bears it out; declare a fact with formula: services / headline, and bind the words with <Claim fact="…" says="more than 2">more than double</Claim>',
    ]);
  });

  it('is offered the fact computed from the figures beside it', () => {
    expect(bodyMessages(`${houses} That is roughly eight times.`)).toEqual([
      '"roughly eight times" in the text is not checked: bind it to the fact that bears it out, <Claim fact="priceToEarnings" says="about 8">roughly eight times</Claim>',
    ]);
  });
});

describe('words that restate a stated figure', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures: '  prevalence:\n    value: 0.025\n    format: percent\n    qualifier: about\n    source: commission\n',
      body: `The survey found that ${sentence}, or <Fig id="prevalence" />.`,
    });

  it('are bound by it, as "four" is by a figure of 4', () => {
    expect(bodyMessages('about one in 40 people had the virus')).toEqual([]);
  });

  it('are not bound by a figure they contradict', () => {
    expect(bodyMessages('about one in 20 people had the virus')).toHaveLength(1);
  });

  it('are told to show the figure they restate when the text never shows it', () => {
    const messages = farmSpendingMessages('body', {
      figures: '  prevalence:\n    value: 0.025\n    format: percent\n    qualifier: about\n    source: commission\n',
      body: 'The survey found that about one in 40 people had the virus.',
    });
    expect(messages).toEqual([
      '"about one in 40" in the text is not checked: the figure prevalence, about 2.5%, bears it out, but the text never shows it; write it beside the words ("about one in 40, <Fig id="prevalence" />") to bind them',
    ]);
  });
});

describe('a multiple in words of a change', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  before:\n    value: 18100000000\n    format: compact\n    unit: USD\n    source: commission\n' +
        '  after:\n    value: 35100000000\n    format: compact\n    unit: USD\n    source: commission\n',
      facts: '  growth:\n    title: Rise in revenue\n    formula: (after - before) / before\n',
      body: `Revenue went from <Fig id="before" /> to <Fig id="after" />: it ${sentence}.`,
    });

  it('is offered the change as a percentage, and that <Claim> checks', () => {
    expect(bodyMessages('nearly doubled')).toEqual([
      '"nearly doubled" in the text is not checked: bind it to the fact that bears it out, <Claim fact="growth" says="about 100%">nearly doubled</Claim>',
    ]);
    expect(bodyMessages('<Claim fact="growth" says="about 100%">nearly doubled</Claim>')).toEqual([]);
  });

  it('is named when the change says otherwise, and the <Claim> offered is false', () => {
    expect(bodyMessages('tripled')).toEqual([
      '"tripled" in the text does not match the closest fact, growth: Tally computes 93.9%; correct the text, or bind it with <Claim fact="growth" says="about 200%">tripled</Claim> to have it checked',
    ]);
    expect(bodyMessages('<Claim fact="growth" says="about 200%">tripled</Claim>')).toEqual([
      '"tripled" is false: Tally computes 93.9% ((US$35.1 billion − US$18.1 billion) ÷ US$18.1 billion = 93.9%; the claim says about 200%).',
    ]);
  });
});

describe('words no fact checks, which one ratio of the figures beside them bears out', () => {
  const bodyMessages = (body: string) =>
    farmSpendingMessages('body', {
      figures:
        '  taxRises:\n    value: 40000000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  headroom:\n    value: 9900000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  borrowing:\n    value: 127500000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  gdp:\n    value: 2840000000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  spending:\n    value: 120000000000\n    format: compact\n    unit: GBP\n    source: commission\n',
      facts: '  debtShare:\n    title: Borrowing, share of GDP\n    formula: borrowing / gdp\n',
      body,
    });

  it('are offered that ratio as the fact to declare, with inputs shown by a fact box beside them', () => {
    expect(
      bodyMessages(
        'Taxes rise by <Fig id="taxRises" />.\n\nBorrowing is <Fig id="borrowing" />. The headroom, <Fig id="headroom" />, is roughly a quarter of the tax rises.',
      ),
    ).toEqual([
      '"roughly a quarter" in the text is not checked: headroom / taxRises gives 24.8%, which bears it out; declare a fact with formula: headroom / taxRises, and bind the words with <Claim fact="…" says="about 1/4">roughly a quarter</Claim>',
    ]);
  });

  it('are offered the ratio of two multiples, never of a multiple and an amount', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  ratioNow:\n    value: 7.7\n    format: multiple\n    source: commission\n' +
        '  ratioThen:\n    value: 4\n    format: multiple\n    source: commission\n' +
        '  earnings:\n    value: 2\n    format: count\n    unit: GBP\n    source: commission\n',
      body: 'Homes cost <Fig id="ratioNow" /> earnings of <Fig id="earnings" />, almost double the <Fig id="ratioThen" /> of 1997.',
    });
    expect(messages).toEqual([
      '"almost double" in the text is not checked: ratioNow / ratioThen gives 1.9×, which bears it out; declare a fact with formula: ratioNow / ratioThen, and bind the words with <Claim fact="…" says="about 2">almost double</Claim>',
    ]);
  });

  it('far below the fact they describe, are offered it in the body, where a <Claim> checks them', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  now:\n    value: 350\n    format: count\n    source: commission\n' +
        '  then:\n    value: 100\n    format: count\n    source: commission\n',
      facts: '  growth:\n    title: Growth\n    formula: now / then\n',
      body: 'From <Fig id="then" /> to <Fig id="now" />: more than double.',
    });
    expect(messages).toEqual([
      '"more than double" in the text is not checked: bind it to the fact that bears it out, <Claim fact="growth" says="more than 2">more than double</Claim>',
    ]);
  });

  it('are offered a fact whose figures the text names only in other paragraphs, saying so', () => {
    expect(
      bodyMessages(
        'Borrowing is <Fig id="borrowing" /> against output of <Fig id="gdp" />.\n\nTaxes rise.\n\nThat is under 1 in 20 pounds of output.',
      ),
    ).toEqual([
      '"under 1 in 20" in the text is not checked: the fact debtShare, 4.5%, bears it out, though the text names its figures only in other paragraphs; if the words are about it, bind them with <Claim fact="debtShare" says="less than 1/20">under 1 in 20</Claim>',
    ]);
  });

  it('are not offered a fact far from them that does not bear them out', () => {
    const [message] = bodyMessages(
      'Borrowing is <Fig id="borrowing" /> against output of <Fig id="gdp" />.\n\nTaxes rise.\n\nThat is a tenth of output.',
    );
    expect(message).toMatch(/^"a tenth" in the text /);
    expect(message).not.toMatch(/debtShare/);
  });

  it('in digits ("2x", "3.5 times as many") are read as multiples, and told when the fact beside them contradicts them', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  now:\n    value: 347\n    format: count\n    source: commission\n' +
        '  then:\n    value: 100\n    format: count\n    source: commission\n',
      facts: '  growth:\n    title: Growth\n    formula: now / then\n',
      body: 'From <Fig id="then" /> to <Fig id="now" />: 3.5 times as many.\n\nFrom <Fig id="then" /> to <Fig id="now" />: 2x as many.',
    });
    expect(messages).toEqual([
      '"3.5 times" in the text is not checked: bind it to the fact that bears it out, <Claim fact="growth" says="3.5">3.5 times</Claim>',
      '"2x" in the text does not match the closest fact, growth: Tally computes 3.5×; correct the text, or bind it with <Claim fact="growth" says="2">2x</Claim> to have it checked',
    ]);
  });

  it('are not offered a ratio when two bear them out', () => {
    const [message] = bodyMessages(
      'Taxes rise by <Fig id="taxRises" />, against spending of <Fig id="spending" /> and borrowing of <Fig id="borrowing" />: a third.',
    );
    expect(message).toMatch(/^"a third" in the text /);
    expect(message).not.toMatch(/gives/);
  });
});

describe('a percentage in digits no fact checks, which one ratio of the figures beside it bears out', () => {
  const bodyMessages = (body: string) =>
    farmSpendingMessages('body', {
      figures:
        '  cap:\n    value: 1758\n    unit: GBP\n    source: commission\n' +
        '  expected:\n    value: 1721\n    unit: GBP\n    source: commission\n',
      body,
    });

  it('is offered the change as the fact to declare, and the <Claim> offered checks', () => {
    expect(bodyMessages('From <Fig id="cap" /> to <Fig id="expected" />, a drop of 2%.')).toEqual([
      '"2%" in the text is not checked: (expected - cap) / cap gives −2.1%, which bears it out; declare a fact with formula: (expected - cap) / cap, and bind it with <Claim fact="…" says="-2%">2%</Claim>',
    ]);
    expect(
      farmSpendingMessages('body', {
        figures:
          '  cap:\n    value: 1758\n    unit: GBP\n    source: commission\n' +
          '  expected:\n    value: 1721\n    unit: GBP\n    source: commission\n',
        facts: '  drop:\n    title: Drop\n    formula: (expected - cap) / cap\n',
        body: 'From <Fig id="cap" /> to <Fig id="expected" />, a drop of <Claim fact="drop" says="-2%">2%</Claim>.',
      }),
    ).toEqual([]);
  });

  it('is offered the share it states', () => {
    expect(bodyMessages('Of <Fig id="cap" />, <Fig id="expected" /> is 98%.')).toEqual([
      '"98%" in the text is not checked: expected / cap gives 97.9%, which bears it out; declare a fact with formula: expected / cap, and bind it with <Claim fact="…" says="98%">98%</Claim>',
    ]);
  });

  it('that states the ratio only roughly is told to say "about", never offered a <Claim> that fails', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  women:\n    value: 0.034\n    format: percent\n    source: commission\n' +
        '  men:\n    value: 0.024\n    format: percent\n    source: commission\n',
      body: 'Women were 40% more likely to report it: <Fig id="women" /> against <Fig id="men" />.',
    });
    expect(messages).toEqual([
      '"40%" in the text is not checked: (women - men) / men gives 41.7%, which "40%" states only roughly; declare a fact with formula: (women - men) / men, and write <Claim fact="…" says="about 40%">about 40%</Claim>, or the number it gives',
    ]);
  });

  it('is offered the change to a range, as a range, when a bound is written', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  profit:\n    value: 2800000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  guidance:\n    value: [2900000000, 3100000000]\n    format: compact\n    unit: GBP\n    source: commission\n',
      body: 'It expects <Fig id="guidance" />, against <Fig id="profit" /> now: a rise of up to 11%.',
    });
    expect(messages).toEqual([
      '"11%" in the text is not checked: (guidance - profit) / profit gives 3.6% – 10.7%, which bears it out; declare a fact with formula: (guidance - profit) / profit, and bind it with <Claim fact="…" says="at most 11%">11%</Claim>',
    ]);
  });

  it('is told when the fact it rounds contradicts the comparison written before it', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  part:\n    value: 403\n    format: count\n    source: commission\n' +
        '  whole:\n    value: 1000\n    format: count\n    source: commission\n',
      facts: '  share:\n    title: Share\n    formula: part / whole\n',
      body: 'Of <Fig id="whole" />, <Fig id="part" /> is under 40%.',
    });
    expect(messages).toEqual([
      '"40%" in the text does not match the closest fact, share: Tally computes 40.3%; correct the text, or bind it with <Claim fact="share" says="less than 40%">40%</Claim> to have it checked',
    ]);
  });

  it('beside a fact of its kind that it misses, is told so: a share its parts contradict', () => {
    const messages = (body: string) =>
      farmSpendingMessages('body', {
        figures:
          '  part:\n    value: 288\n    format: count\n    source: commission\n' +
          '  whole:\n    value: 1000\n    format: count\n    source: commission\n',
        facts:
          '  share:\n    title: Share\n    formula: part / whole\n' +
          '  cut:\n    title: Cut\n    formula: (part - whole) / whole\n',
        body,
      });
    expect(messages('Of <Fig id="whole" />, <Fig id="part" /> are women: 25%.')).toEqual([
      '"25%" in the text does not match the fact beside it, share: Tally computes 28.8%; if it states that, correct the text, or bind it with <Claim fact="share" says="25%">25%</Claim> to have it checked; if it is another number, declare it under figures and write <Fig id="…" />',
    ]);
    expect(messages('From <Fig id="whole" /> to <Fig id="part" />, a fall of 60%.')).toEqual([
      '"60%" in the text does not match the fact beside it, cut: Tally computes −71.2%; if it states that, correct the text, or bind it with <Claim fact="cut" says="-60%">60%</Claim> to have it checked; if it is another number, declare it under figures and write <Fig id="…" />',
    ]);
    // Far from every fact of its kind (more than twice or less than half), it is another number.
    expect(messages('Of <Fig id="whole" />, <Fig id="part" /> are women: 5%.')).toEqual([
      '"5%" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    ]);
  });

  it('is offered nothing that does not bear it out', () => {
    const [message] = bodyMessages('From <Fig id="cap" /> to <Fig id="expected" />, a drop of 5%.');
    expect(message).toBe(
      '"5%" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    );
  });
});

describe('an amount per item in digits no fact checks, which one ratio of the figures beside it bears out', () => {
  const bodyMessages = (body: string) =>
    farmSpendingMessages('body', {
      figures:
        '  staff:\n    value: 330000\n    format: count\n    unit: employees\n    source: commission\n' +
        '  stores:\n    value: 2900\n    format: count\n    unit: stores\n    source: commission\n' +
        '  profit:\n    value: 2800000000\n    format: compact\n    unit: GBP\n    source: commission\n',
      body,
    });

  it('is offered the ratio of two counts, with the comparison written before it', () => {
    expect(bodyMessages('It employs <Fig id="staff" /> in <Fig id="stores" /> stores, roughly 110 for each.')).toEqual([
      '"110" in the text is not checked: staff / stores gives 114, which bears it out; declare a fact with formula: staff / stores, and bind it with <Claim fact="…" says="about 110">110</Claim>',
    ]);
  });

  it('is offered money over a count when it is money', () => {
    expect(bodyMessages('Its <Fig id="stores" /> stores made <Fig id="profit" />, about £970,000 each.')).toEqual([
      '"£970,000" in the text is not checked: profit / stores gives 966,000, which bears it out; declare a fact with formula: profit / stores, and bind it with <Claim fact="…" says="about 970000">£970,000</Claim>',
    ]);
  });

  it('is offered a total for a year over the days, weeks or months in it, for "a day", "a week", "a month"', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  planned:\n    value: 7100000\n    format: compact\n    unit: trains\n    source: commission\n' +
        '  cancelled:\n    value: 0.039\n    format: percent\n    source: commission\n',
      facts: '  cancelledTrains:\n    title: Trains cancelled\n    formula: planned * cancelled\n',
      body: 'Of <Fig id="planned" /> trains, <Fig id="cancelled" /> were cancelled, more than 750 a day.',
    });
    expect(messages).toEqual([
      '"750" in the text is not checked: cancelledTrains / 365 gives 759, which bears it out; declare a fact with formula: cancelledTrains / 365, and bind it with <Claim fact="…" says="more than 750">750</Claim>',
    ]);
  });

  it('says when an approximate figure leaves the ratio uncertain', () => {
    const messages = farmSpendingMessages('body', {
      figures:
        '  staff:\n    value: 330000\n    format: count\n    unit: employees\n    source: commission\n' +
        '  stores:\n    value: 2900\n    format: count\n    unit: stores\n    qualifier: over\n    source: commission\n',
      body: 'It employs <Fig id="staff" /> in <Fig id="stores" /> stores, roughly 110 for each.',
    });
    expect(messages).toEqual([
      '"110" in the text is not checked: staff / stores gives 114 (one of its figures is approximate, so the <Claim> can say only that it may hold), which bears it out; declare a fact with formula: staff / stores, and bind it with <Claim fact="…" says="about 110">110</Claim>',
    ]);
  });

  it('is offered nothing when the digits, as written, do not state the ratio', () => {
    expect(bodyMessages('It employs <Fig id="staff" /> in <Fig id="stores" /> stores, 110 for each.')).toEqual([
      '"110" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    ]);
  });
});

describe('a <Claim> of a bound on a fall', () => {
  const messages = (claim: string) =>
    farmSpendingMessages('body', {
      figures:
        '  then:\n    value: 0.237\n    format: percent\n    source: commission\n' +
        '  now:\n    value: 0.17\n    format: percent\n    source: commission\n',
      facts: '  fall:\n    title: Fall\n    formula: (now - then) / then\n',
      body: `From <Fig id="then" /> to <Fig id="now" />: they lost ${claim} of their support.`,
    });

  it('says what the words mean of a fall when the bound was written as of a rise', () => {
    expect(messages('<Claim fact="fall" says="more than -1/4">more than a quarter</Claim>')).toEqual([
      '"more than a quarter" is false: Tally computes −28.3% ((17% − 23.7%) ÷ 23.7% = −28.3%; the claim says more than −25%). Of a fall, the words mean says="less than -1/4": a larger fall is a lower change.',
    ]);
    expect(messages('<Claim fact="fall" says="less than -1/4">more than a quarter</Claim>')).toEqual([]);
  });

  it('says nothing more when the other bound is false too', () => {
    expect(messages('<Claim fact="fall" says="more than -1/3">less than a third</Claim>')).toEqual([]);
    expect(messages('<Claim fact="fall" says="less than -1/3">more than a third</Claim>')).toEqual([
      '"more than a third" is false: Tally computes −28.3% ((17% − 23.7%) ÷ 23.7% = −28.3%; the claim says less than −33.333%).',
    ]);
  });
});

describe('a result whose unit keeps two periods apart', () => {
  const formulaMessages = (unit: string) =>
    farmSpendingMessages('facts.perMonth.formula', {
      figures:
        `  cap:\n    value: 1758\n    unit: ${unit}\n    source: commission\n` +
        '  monthsInYear:\n    value: 12\n    unit: months/year\n    constant: true\n',
      facts: '  perMonth:\n    title: A month\n    formula: cap / monthsInYear\n',
      body: 'The cap is <Fig id="cap" />.',
    });

  it('is a yearly amount missing its per-year unit', () => {
    expect(formulaMessages('GBP')).toEqual([
      'the result is in GBP·years/month, where years and months do not cancel: give a figure counted per year a unit per year (such as GBP/year), or divide by a plain number',
    ]);
  });

  it('is not there once the yearly amount says so', () => {
    expect(formulaMessages('GBP/year')).toEqual([]);
  });
});

describe('percentage points in digits', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  rate2026:\n    value: 0.0475\n    format: percent\n    digits: 2\n    source: commission\n' +
        '  rate2021:\n    value: 0.0175\n    format: percent\n    digits: 2\n    source: commission\n',
      facts: '  rateRise:\n    title: Rise in the rate\n    formula: rate2026 - rate2021\n',
      body: `The rate was <Fig id="rate2026" />, against <Fig id="rate2021" /> in 2021, ${sentence}`,
    });

  it('are told the points fact beside them, never a percentage they round', () => {
    expect(bodyMessages('a rise of 2 percentage points.')).toEqual([
      '"2 percentage points" in the text does not match the fact beside it, rateRise: Tally computes 3\u00a0percentage points; if it states that, correct the text, or bind it with <Claim fact="rateRise" says="2 points">2 percentage points</Claim> to have it checked; if it is another number, declare it under figures and write <Fig id="…" />',
    ]);
  });

  it('are not bound by a percentage of the same value', () => {
    expect(bodyMessages('a rise of 1.75 points.')).toEqual([
      '"1.75 points" in the text does not match the fact beside it, rateRise: Tally computes 3\u00a0percentage points; if it states that, correct the text, or bind it with <Claim fact="rateRise" says="1.75 points">1.75 points</Claim> to have it checked; if it is another number, declare it under figures and write <Fig id="…" />',
    ]);
    expect(bodyMessages('up from 1.75%.')).toEqual([
      '"1.75%" in the text is not bound to a figure (use <Fig id="rate2021" /> if it is)',
    ]);
  });
});

describe('an amount of money in digits beside a fact it misses', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  spending:\n    value: 1300000000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  receipts:\n    value: 1180000000000\n    format: compact\n    unit: GBP\n    source: commission\n',
      facts: '  deficit:\n    title: Borrowing\n    formula: spending - receipts\n',
      body: `Spending of <Fig id="spending" /> against receipts of <Fig id="receipts" /> ${sentence}`,
    });

  it('is told the fact, as a share its parts contradict is', () => {
    expect(bodyMessages('leaves £130bn of borrowing.')).toEqual([
      '"£130bn" in the text does not match the fact beside it, deficit: Tally computes £120 billion; if it states that, correct the text, or bind it with <Claim fact="deficit" says="130 billion">£130bn</Claim> to have it checked; if it is another number, declare it under figures and write <Fig id="…" />',
    ]);
  });

  it('is another number more than a factor of two away', () => {
    expect(bodyMessages('leaves £300bn of borrowing.')).toEqual([
      '"£300bn" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    ]);
  });
});

describe('an amount in digits beside a fact it misses', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  lifeNow:\n    value: 82.6\n    unit: years\n    source: commission\n' +
        '  lifeBefore:\n    value: 83.0\n    unit: years\n    digits: 1\n    source: commission\n' +
        '  deaths:\n    value: 12840\n    unit: deaths\n    source: commission\n' +
        '  population:\n    value: 2680000\n    unit: people\n    source: commission\n' +
        '  perHundredThousand:\n    value: 100000\n    unit: people/hundred thousand\n    constant: true\n',
      facts:
        '  change:\n    title: Change\n    formula: lifeNow - lifeBefore\n' +
        '  rate:\n    title: Rate\n    formula: deaths / population * perHundredThousand\n',
      body: `Life expectancy fell to <Fig id="lifeNow" /> from <Fig id="lifeBefore" />; <Fig id="deaths" /> of <Fig id="population" /> died: ${sentence}`,
    });

  it('is told the change it misses, a fall as negative', () => {
    expect(bodyMessages('a fall of 0.5 years.')).toEqual([
      '"0.5" in the text does not match the fact beside it, change: Tally computes −0.4; if it states that, correct the text, or bind it with <Claim fact="change" says="-0.5">0.5</Claim> to have it checked; if it is another number, declare it under figures and write <Fig id="…" />',
    ]);
  });

  it('is another number when the words do not say what it counts, as a score does not', () => {
    expect(bodyMessages('a rate of 480 per 100,000.')).toEqual([
      '"480" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    ]);
  });

  it('is offered "about" when it rounds the fact to its last digit', () => {
    expect(bodyMessages('a rate of 480 deaths per 100,000.')).toEqual([
      '"480" in the text states the fact beside it, rate, only roughly: Tally computes 479; bind it with <Claim fact="rate" says="about 480">480</Claim> to have it checked, or write the number as computed',
    ]);
  });
});

describe('the size of a rise or fall in digits, which no fact computes', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  now:\n    value: 50510\n    unit: offences\n    source: commission\n' +
        '  before:\n    value: 55490\n    unit: offences\n    source: commission\n',
      body: `Police recorded <Fig id="now" /> offences, down from <Fig id="before" />: ${sentence}`,
    });

  it('is offered the difference of the two amounts beside it', () => {
    expect(bodyMessages('almost 5,000 fewer.')).toEqual([
      '"5,000" in the text is not checked: now - before gives −4,980, which bears it out; declare a fact with formula: now - before, and bind it with <Claim fact="…" says="about -5000">5,000</Claim>',
    ]);
  });

  it('is not offered a difference that does not bear it out', () => {
    expect(bodyMessages('almost 8,000 fewer.')).toEqual([
      '"8,000" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    ]);
  });
});

describe('a count in words with a comparison before it', () => {
  const messages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  workers:\n    value: 33000000\n    format: compact\n    unit: workers\n    source: commission\n' +
        '  taxRise:\n    value: 40000000000\n    format: compact\n    unit: GBP\n    source: commission\n' +
        '  gap:\n    value: 7.9\n    unit: years\n    source: commission\n',
      body: `There are <Fig id="workers" /> workers, a rise of <Fig id="taxRise" /> and a gap of <Fig id="gap" />: ${sentence}`,
    });

  it('is bound by a figure that bears the comparison out, as digits with one are', () => {
    expect(messages('nearly thirty-five million workers, more than thirty billion pounds.')).toEqual([]);
  });

  it('is still bound only by its own value without one', () => {
    expect(messages('eight years.')).toEqual([
      '"eight" in the text is not bound to a figure: declare a figure with the value 8 (the text may keep the words)',
    ]);
  });
});

describe('a league table in digits', () => {
  const messages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  points:\n    value: 88\n    unit: points\n    source: commission\n' +
        '  second:\n    value: 76\n    unit: points\n    source: commission\n' +
        '  goals:\n    value: 79\n    unit: goals\n    source: commission\n' +
        '  wins:\n    value: 28\n    unit: games\n    source: commission\n',
      facts: '  lead:\n    title: Lead\n    formula: points - second\n',
      body: `They have <Fig id="points" /> points to <Fig id="second" />, <Fig id="goals" /> goals and <Fig id="wins" /> wins: ${sentence}`,
    });

  it('reads points as a count of points where a figure counts them', () => {
    expect(messages('a lead of 12 points.')).toEqual([
      '"12 points" in the text is not bound to a figure (bind it with <Claim fact="lead" says="12">12 points</Claim> if it is)',
    ]);
  });

  it('offers no ratio for a score, which says nothing is per anything', () => {
    const score = (sentence: string) =>
      farmSpendingMessages('body', {
        figures:
          '  goals:\n    value: 79\n    unit: goals\n    source: commission\n' +
          '  games:\n    value: 36\n    unit: games\n    source: commission\n',
        body: `They scored <Fig id="goals" /> goals in <Fig id="games" /> games: ${sentence}`,
      });
    expect(score('they won 2-0.')).toEqual([
      '"2" in the text is not bound to a figure (declare it under figures and write <Fig id="…" />)',
    ]);
    expect(score('about 2 a game.')).toEqual([
      '"2" in the text is not checked: goals / games gives 2.19, which bears it out; declare a fact with formula: goals / games, and bind it with <Claim fact="…" says="about 2">2</Claim>',
    ]);
  });
});

describe("a rate's base declared as a bare count", () => {
  const messages = (unit: string) =>
    farmSpendingMessages('figures.perHundredThousand.unit', {
      figures:
        '  deaths:\n    value: 12840\n    unit: deaths\n    source: commission\n' +
        '  population:\n    value: 2680000\n    unit: people\n    source: commission\n' +
        `  perHundredThousand:\n    value: 100000\n    unit: ${unit}\n    constant: true\n`,
      facts: '  rate:\n    title: Rate\n    formula: deaths / population * perHundredThousand\n',
      body: '<Fig id="deaths" /> of <Fig id="population" /> died.',
    });

  it('is told to name what the rate is per', () => {
    expect(messages('people')).toEqual([
      'a constant of 100,000 people counts people, so a rate per 100,000 computed with it does not say what it is per: as the base of a rate, write unit: people/hundred thousand, and the result reads "… per hundred thousand"',
    ]);
  });

  it('is left alone once its unit names the base', () => {
    expect(messages('people/hundred thousand')).toEqual([]);
  });
});

describe('words that two facts bear out', () => {
  it('are offered the nearer: "nearly 3 in 10" a share of 28.9 %, not a rise of 33.4 %', () => {
    expect(
      farmSpendingMessages('body', {
        figures:
          '  london:\n    value: 14577\n    unit: offences\n    source: commission\n' +
          '  total:\n    value: 50510\n    unit: offences\n    source: commission\n' +
          '  before:\n    value: 37850\n    unit: offences\n    source: commission\n',
        facts:
          '  rise:\n    title: Rise\n    formula: (total - before) / before\n' +
          '  share:\n    title: Share\n    formula: london / total\n',
        body: 'London had <Fig id="london" /> of <Fig id="total" /> offences, against <Fig id="before" /> then: nearly 3 in 10.',
      }),
    ).toEqual([
      '"nearly 3 in 10" in the text is not checked: bind it to the fact that bears it out, <Claim fact="share" says="about 3/10">nearly 3 in 10</Claim>',
    ]);
  });
});

describe('a multiple in words far from every fact', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  price2025:\n    value: 290000\n    unit: GBP\n    source: commission\n' +
        '  price2000:\n    value: 120000\n    unit: GBP\n    source: commission\n',
      facts: '  priceRise:\n    title: Rise in prices\n    formula: (price2025 - price2000) / price2000\n',
      body: `Homes cost <Fig id="price2025" />, against <Fig id="price2000" /> in 2000: ${sentence}`,
    });

  it('names no fact more than a factor of two from it', () => {
    expect(bodyMessages('nine times as much.')).toEqual([
      '"nine times" in the text is not bound to a fact: declare a fact that computes it and write <Claim fact="…" says="about 9">nine times</Claim>',
    ]);
  });

  it('names the closest fact within a factor of two', () => {
    expect(bodyMessages('three times as much.')).toEqual([
      '"three times" in the text does not match the closest fact, priceRise: Tally computes 141.7%; correct the text, or bind it with <Claim fact="priceRise" says="about 200%">three times</Claim> to have it checked',
    ]);
  });
});

describe('a result in one period per another, from amounts whose unit cancelled', () => {
  /** Rent per month against pay per year, over `formula`; `hours` adds a rate of time counted as such. */
  const formulaMessages = (formula: string) =>
    farmSpendingMessages('facts.share.formula', {
      figures:
        '  rent:\n    value: 1250\n    unit: GBP/month\n    source: commission\n' +
        '  pay:\n    value: 34500\n    unit: GBP/year\n    source: commission\n' +
        '  weekly:\n    value: 37.5\n    unit: hours/week\n    source: commission\n' +
        '  daily:\n    value: 7.5\n    unit: hours/day\n    source: commission\n' +
        '  monthsPerYear:\n    value: 12\n    unit: months/year\n    constant: true\n',
      facts: `  share:\n    title: Rent as a share of pay\n    formula: ${formula}\n`,
      body: 'Rent of <Fig id="rent" /> against pay of <Fig id="pay" />, <Fig id="weekly" /> and <Fig id="daily" />.',
    });
  const crossed = (per: string, period: string) =>
    expect.stringContaining(
      `the result is in ${period}s per ${per}: rent is counted per ${per} and pay per ${period}, and the two periods were never converted; declare the conversion as a figure (${per}sPer${period[0]!.toUpperCase()}${period.slice(1)}: value 12, unit: ${per}s/${period}, constant: true) and multiply the per-${per} amount by it`,
    );

  it('is a monthly amount over a yearly one, the twelve written as a plain number', () => {
    expect(formulaMessages('rent * 12 / pay')).toContainEqual(crossed('month', 'year'));
  });

  it('is a monthly amount over a yearly one, not converted at all', () => {
    expect(formulaMessages('rent / pay')).toContainEqual(crossed('month', 'year'));
  });

  it('is not there once a constant converts the periods', () => {
    expect(formulaMessages('rent * monthsPerYear / pay')).toEqual([]);
  });

  it('is not there for a rate of time itself: hours a week over hours a day are days a week', () => {
    expect(formulaMessages('weekly / daily')).toEqual([]);
  });
});

describe('a result per year and nothing else', () => {
  const messages = (formula: string, field = 'facts.share.formula') =>
    farmSpendingMessages(field, {
      figures:
        '  rent:\n    value: 1250\n    unit: GBP/month\n    source: commission\n' +
        '  pay:\n    value: 34500\n    unit: GBP\n    source: commission\n' +
        '  deaths:\n    value: 600000\n    unit: people/year\n    source: commission\n' +
        '  population:\n    value: 67000000\n    unit: people\n    source: commission\n' +
        '  monthsPerYear:\n    value: 12\n    unit: months/year\n    constant: true\n',
      facts: `  share:\n    title: Rent as a share of pay\n    formula: ${formula}\n`,
      body: 'Rent of <Fig id="rent" /> against pay of <Fig id="pay" />; <Fig id="deaths" /> of <Fig id="population" />. The share is <Claim fact="share" says="more than 40%">more than 40%</Claim>.',
    });

  it('names the amount written without its period, where a constant converted the others', () => {
    expect(messages('rent * monthsPerYear / pay')).toEqual([
      'the result is per year: monthsPerYear makes the other amounts per year, but pay has no period; if it is counted per year, give it a unit per year (such as GBP/year)',
    ]);
  });

  it('is not there for a rate per year with no conversion in it', () => {
    expect(messages('deaths / population')).not.toContainEqual(expect.stringContaining('the result is per'));
  });

  it('refuses a <Claim> of a percentage on it, which would be judged as 0.4 of "0.43 per year"', () => {
    expect(messages('rent * monthsPerYear / pay', 'body')).toEqual([
      'says="more than 40%" is a percentage, but share is not one: Tally computes 0.43 (£1,250 × 12 ÷ £34,500 = 0.43); state it as the fact shows it, or bind the words to a fact that computes a percentage',
    ]);
  });
});

describe('the <Claim> offered for percentage points', () => {
  const bodyMessages = (sentence: string) =>
    farmSpendingMessages('body', {
      figures:
        '  cpiSep:\n    value: 0.017\n    format: percent\n    source: commission\n' +
        '  cpiOct:\n    value: 0.023\n    format: percent\n    source: commission\n',
      facts: '  cpiRise:\n    title: Rise in inflation\n    formula: cpiOct - cpiSep\n',
      body: `Inflation rose from <Fig id="cpiSep" /> to <Fig id="cpiOct" />, ${sentence}`,
    });

  it('writes says in points, as the text does, and that <Claim> checks', () => {
    expect(bodyMessages('a rise of 0.6 percentage points.')).toEqual([
      '"0.6 percentage points" in the text is not bound to a figure (bind it with <Claim fact="cpiRise" says="0.6 points">0.6 percentage points</Claim> if it is)',
    ]);
    expect(bodyMessages('a rise of <Claim fact="cpiRise" says="0.6 points">0.6 percentage points</Claim>.')).toEqual(
      [],
    );
  });
});

describe('a number written across a line break', () => {
  it('is quoted as the page shows it, on one line', () => {
    expect(
      farmSpendingMessages('body', {
        figures: '  farmNow:\n    value: 387\n    format: count\n    source: commission\n',
        body: 'Spending is <Fig id="farmNow" />, up by more than\nthree times.',
      }),
    ).toEqual([
      '"more than three times" in the text is not bound to a fact: declare a fact that computes it and write <Claim fact="…" says="more than 3">more than three times</Claim>',
    ]);
  });
});

describe('a percentage of a change, in digits', () => {
  /** The article states a 30% fall in farm spending; `dek` is its dek. */
  const dekProblems = (dek: string) =>
    farmSpendingMessages('dek', {
      dek,
      figures: '  cut:\n    value: -0.3\n    format: percent\n    signed: true\n    source: commission\n',
      body: 'Farm spending changes by <Fig id="cut" />.',
    });

  it.each(['Farm spending fell 30%.', 'Farm spending is down by 30%.', 'A 30% cut in farm spending.'])(
    'binds %j to the figure of -30%',
    (dek) => {
      expect(dekProblems(dek)).toEqual([]);
    },
  );

  it.each(['Farm spending changed by −30%.', 'Farm spending changed by -30%.'])(
    'binds the signed %j to it as written',
    (dek) => {
      expect(dekProblems(dek)).toEqual([]);
    },
  );

  it('does not bind a rise of 30% to it', () => {
    expect(dekProblems('Farm spending rose 30%.')).toEqual([
      '"30%" is shown to readers but no figure states it: declare it under figures (a figure of the same value binds a number in digits or in words), or reword the text if it is not data',
    ]);
  });
});
