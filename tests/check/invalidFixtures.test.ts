/**
 * The malformed-article corpus: each file in tests/fixtures/invalid holds one mistake, and the
 * checker must report exactly that mistake, at the place it is written, with a message that says
 * how to fix it. Positions are derived from the fixture text: `^` in `at` marks the character the
 * problem must point at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';

const DIRECTORY = 'tests/fixtures/invalid';

interface Expected {
  field: string;
  /** Text around the reported position, with `^` at the position itself. */
  at: string;
  message: string;
}

const CASES: Record<string, Expected[]> = {
  'missing-title': [{ field: 'title', at: '^dek:', message: 'is required: expected text' }],
  'missing-published': [
    { field: 'published', at: '^title:', message: 'is required: expected a date written YYYY, YYYY-MM or YYYY-MM-DD' },
  ],
  'missing-figure-value': [
    { field: 'figures.perFacility.value', at: '  ^perFacility:', message: 'is required: expected a number' },
  ],
  'wrong-type-value': [
    {
      field: 'figures.perFacility.value',
      at: 'value: ^lots',
      message: 'expected a number or a range [low, high], found "lots"',
    },
  ],
  'wrong-type-draft': [{ field: 'draft', at: 'draft: ^yes', message: 'expected true or false, found "yes"' }],
  'wrong-type-tags': [{ field: 'tags', at: 'tags: ^russia', message: 'expected a list, found "russia"' }],
  'unknown-format': [
    {
      field: 'figures.perFacility.format',
      at: 'format: ^percentage',
      message: 'expected one of count, number, percent, points, compact, multiple, year, rank, found "percentage"',
    },
  ],
  'count-not-whole': [
    {
      field: 'figures.perFacility.value',
      at: 'value: ^2.5',
      message: '2.5 is not a whole number, but the format is count; use format: number or percent',
    },
  ],
  'impossible-month': [{ field: 'published', at: 'published: ^2024-13-45', message: '"2024-13-45" has no month 13' }],
  'impossible-day': [
    {
      field: 'published',
      at: 'published: ^2023-02-30',
      message: '"2023-02-30" is not a real day: that month has 28 days',
    },
  ],
  'unknown-field': [
    { field: 'dek', at: '^title:', message: 'is required: expected text' },
    {
      field: 'dekk',
      at: '^dekk:',
      message: 'unknown field "dekk": did you mean "dek"? (EDITING.md lists every field)',
    },
  ],
  'bad-id': [
    {
      field: 'figures.per-facility',
      at: '  ^per-facility:',
      message: 'expected a camelCase id such as "perFacility", found "per-facility"',
    },
  ],
  'bad-url': [{ field: 'sources.agency.url', at: 'url: ^javascript', message: 'expected an http(s) web address' }],
  'tolerance-out-of-range': [
    {
      field: 'facts.quota.tolerance',
      at: 'tolerance: ^5',
      message: 'expected a number between 0 and 1, such as 0.05 for 5 %',
    },
  ],
  'unknown-source': [
    {
      field: 'figures.facilities.source',
      at: 'source: ^ministry',
      message: 'unknown source id "ministry" (known: agency)',
    },
  ],
  'unknown-compare-to': [
    {
      field: 'facts.quota.compareTo',
      at: 'compareTo: ^totl',
      message: 'unknown figure id "totl": did you mean "total"? (known: perFacility, facilities, total)',
    },
  ],
  'unknown-formula-id': [
    {
      field: 'facts.quota.formula',
      at: 'perFacility * ^facilites',
      message:
        'unknown figure or fact id "facilites": did you mean "facilities"? (known: perFacility, facilities, total)',
    },
  ],
  'formula-syntax-error': [
    {
      field: 'facts.quota.formula',
      at: 'perFacility * ^* facilities',
      message:
        'cannot read the formula "perFacility * * facilities": expected a number, an id or "(" but found "*" (column 15)',
    },
  ],
  'formula-constructor': [
    {
      field: 'facts.quota.formula',
      at: 'formula: ^constructor',
      message: 'unknown figure or fact id "constructor" (known: perFacility, facilities, total)',
    },
  ],
  'formula-proto': [
    {
      field: 'facts.quota.formula',
      at: 'formula: facilities^.__proto__',
      message:
        'cannot read the formula "facilities.__proto__ * perFacility": property access (".") is not allowed in a formula (column 11)',
    },
  ],
  'formula-function-call': [
    {
      field: 'facts.quota.formula',
      at: 'formula: ^alert',
      message:
        'cannot read the formula "alert(perFacility) * facilities": "alert(…)" is a function call, which a formula cannot make (column 1)',
    },
  ],
  'formula-cycle': [
    {
      field: 'facts.quota.formula',
      at: 'formula: ^perUnit',
      message: 'the formula depends on itself: quota → perUnit → quota',
    },
  ],
  'division-by-zero': [
    {
      field: 'facts.quota.formula',
      at: 'formula: ^perFacility /',
      message: 'the formula "perFacility / (facilities - 210)" divides by zero',
    },
  ],
  'duplicate-figure-id': [
    {
      field: 'figures.facilities',
      at: '  ^facilities:\n    value: 211',
      message: '"facilities" is written twice under figures; ids and fields must be unique',
    },
  ],
  'figure-fact-id-clash': [
    {
      field: 'facts.total',
      at: '  ^total:\n    title: Total again',
      message: 'the id "total" is already used by a figure; figures and facts share one set of ids',
    },
  ],
  'duplicate-chart-id': [
    {
      field: 'charts.1.id',
      at: '  - id: ^sizes\n    title: Sizes again',
      message: 'the chart id "sizes" is used twice',
    },
  ],
  'proto-as-id': [
    {
      field: 'figures.__proto__',
      at: '  ^__proto__:',
      message: '"__proto__" is reserved by JavaScript and cannot be used as a name or id; choose another',
    },
  ],
  'constructor-as-id': [
    {
      field: 'figures.constructor',
      at: '  ^constructor:',
      message: '"constructor" is reserved by JavaScript and cannot be used as a name or id; choose another',
    },
  ],
  'unknown-fig-id': [
    {
      field: 'body',
      at: '^<Fig id="facilites"',
      message:
        '<Fig id="facilites" />: unknown figure id "facilites": did you mean "facilities"? (known: perFacility, facilities, total)',
    },
  ],
  'unknown-factbox-id': [
    {
      field: 'body',
      at: '^<FactBox id="quotas"',
      message: '<FactBox id="quotas" />: unknown fact id "quotas": did you mean "quota"? (known: quota)',
    },
  ],
  'unknown-chart-id': [
    {
      field: 'body',
      at: '^<Chart id="size" />',
      message: '<Chart id="size" />: unknown chart id "size": did you mean "sizes"? (known: sizes)',
    },
  ],
  'fig-names-a-fact': [
    {
      field: 'body',
      at: '^<Fig id="quota"',
      message: '<Fig id="quota" />: "quota" is a fact, not a figure; use <FactBox id="quota" />',
    },
  ],
  'fig-without-id': [{ field: 'body', at: '^<Fig />', message: '<Fig> needs an id: <Fig id="…" />' }],
  'unknown-component': [
    {
      field: 'body',
      at: '^<Graph',
      message: '<Graph> is not a Tally component: use <Fig>, <FactBox>, <Chart> or <Claim>',
    },
  ],
  'broken-yaml': [
    {
      field: 'dek',
      at: 'dek: ^"One sentence',
      message: 'this quote is never closed: end the dek with the same quote mark (") on the same line',
    },
  ],
  'broken-yaml-indent': [
    {
      field: 'figures.facilities',
      at: '   ^facilities:',
      message:
        'indented 3 spaces, which lines up with no line above it: indent it 2 spaces, or 4, like the other lines of its group',
    },
  ],
  // MDX reports an unclosed tag where the file ends, as there the parser knows it never closed.
  'broken-mdx': [
    {
      field: 'body',
      at: '<FactBox id="quota"\n^',
      message:
        'MDX syntax error: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag',
    },
  ],
  'broken-mdx-expression': [
    {
      field: 'body',
      at: '{perFacility * facilities.^',
      message: 'MDX syntax error: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    },
  ],
  empty: [
    {
      field: 'frontmatter',
      at: '^',
      message:
        'the file is empty: an article starts with its frontmatter between two --- lines (npm run new writes one)',
    },
  ],
  'no-frontmatter': [
    {
      field: 'frontmatter',
      at: '^title:',
      message: 'expected the first line to be --- (the start of the frontmatter), found "title: Base article"',
    },
  ],
  'unclosed-frontmatter': [
    {
      field: 'frontmatter',
      at: '^---',
      message: 'the frontmatter opened on line 1 is never closed: add a --- line after the last field',
    },
  ],
  'huge-number': [
    {
      field: 'figures.total.value',
      at: 'value: ^99999999999999999999',
      message: 'is too large: figures must be at most 1e+15 in size',
    },
  ],
  'infinite-number': [
    {
      field: 'figures.total.value',
      at: 'value: ^.inf',
      message: 'expected a number or a range [low, high], found Infinity',
    },
  ],
  'frontmatter-is-a-list': [
    {
      field: 'frontmatter',
      at: '---\n^- title',
      message: 'the frontmatter must be fields written "name: value", one per line',
    },
  ],
  'empty-chart-figures': [
    { field: 'charts.0.figures', at: '    ^figures: []', message: 'expected at least one figure id' },
  ],
  'timeline-unknown-source': [
    { field: 'timeline.0.source', at: 'source: ^kremlin', message: 'unknown source id "kremlin" (known: agency)' },
  ],
  'byte-order-mark': [
    { field: 'file', at: '^', message: 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM' },
  ],
  'duplicate-slug': [
    {
      field: 'file',
      at: '^',
      message: 'the slug "duplicate-slug" is already used by Duplicate Slug.mdx: rename one of the files',
    },
  ],
  // Valid on its own: the slug clash is reported on the file that comes second.
  'Duplicate Slug': [],
};

/** 1-based line and column of the `^` in `at`, found in `text`. */
function positionOf(text: string, at: string): { line: number; column: number } {
  const caret = at.indexOf('^');
  const needle = at.replace('^', '');
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`"${needle}" is not in the fixture`);
  const before = text.slice(0, start + caret).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('the malformed-article corpus', () => {
  const result = checkContent({ directory: DIRECTORY, locale: 'en-GB' });
  const files = readdirSync(DIRECTORY).filter((name) => name.endsWith('.mdx'));

  it('has at least 25 cases, each with its expected problems listed here', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.map((name) => name.replace(/\.mdx$/, '')).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s.mdx: reports the mistake where it is written', (name, expected) => {
    const file = `${DIRECTORY}/${name}.mdx`;
    const text = readFileSync(file, 'utf8');
    const errors = result.problems
      .filter((problem) => problem.file === file && problem.severity === 'error')
      .map(({ line, column, field, message }) => ({ line, column, field, message }));
    const wanted = expected.map(({ field, at, message }) => ({ ...positionOf(text, at), field, message }));
    expect(errors).toEqual(wanted);
  });

  it('never gives a file an article when it has errors', () => {
    for (const name of Object.keys(CASES).filter((key) => CASES[key]!.length > 0)) {
      expect(result.resolved.has(`${name}.mdx`), name).toBe(false);
    }
  });
});
