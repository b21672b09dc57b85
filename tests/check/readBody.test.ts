/**
 * readBody's own rules; what it finds in real articles is covered by the fixtures
 * (`invalidFixtures`, `warnings`, `everyProblem`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody, satteriSyntaxError } from '../../src/check/readBody.ts';
import { splitFrontmatter } from '../../src/check/splitFrontmatter.ts';

describe('readBody', () => {
  it('finds components, their ids and prose numbers with their positions in the body', () => {
    const reading = readBody('Over 30,000 people.\n\nA unit of <Fig id="stormZUnit" /> men and <Chart id={x} />.\n');
    expect(reading.syntaxError).toBeUndefined();
    expect(reading.components).toEqual([
      { name: 'Fig', id: 'stormZUnit', line: 3, column: 11, block: 2, before: 'A unit of ' },
      expect.objectContaining({ name: 'Chart', idProblem: expect.stringContaining('in quotes'), line: 3, column: 43 }),
    ]);
    expect(reading.numbers).toEqual([expect.objectContaining({ text: '30,000', line: 1, column: 6, block: 1 })]);
  });

  it("reports micromark's account of a syntax error, which says what was expected", () => {
    expect(readBody('Hello <Fig id="a" ').syntaxError).toEqual({
      line: 1,
      column: 19,
      message: expect.stringMatching(/^MDX syntax error: Unexpected end of file .*expected/),
    });
  });

  it.each([
    [
      '1:7: Unexpected character after `<`, expected a valid JSX tag (mdx-jsx:unexpected-character)',
      { line: 1, column: 7, message: 'MDX syntax error: Unexpected character after `<`, expected a valid JSX tag' },
    ],
    ['12:3: Unexpected end of file', { line: 12, column: 3, message: 'MDX syntax error: Unexpected end of file' }],
    ['no position given', { line: 1, column: 1, message: 'MDX syntax error: no position given' }],
  ])('reads Sätteri\'s message "%s" into a position and a sentence', (message, expected) => {
    expect(satteriSyntaxError(new Error(message))).toEqual(expected);
  });
});

describe('readBody with Sätteri', () => {
  // Every article file the project has: the seed and the fixtures, broken ones included.
  const files = ['content/articles', ...readdirSync('tests/fixtures').map((name) => join('tests/fixtures', name))]
    .flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)))
    .filter((file) => file.endsWith('.mdx'));
  const bodies = files.flatMap((file) => {
    const split = splitFrontmatter(readFileSync(file, 'utf8'));
    return split.ok ? [[file, split.article.body] as const] : [];
  });

  // Bodies where Markdown extensions would read differently: quotes and dashes (smart
  // punctuation), bare web addresses, strikethrough and tables (GFM) beside numbers.
  const tricky = [
    'He said "about 30,000" -- and then 1,200... of them.\n',
    'See www.example.org/2024 for 45 cases, or https://example.org/a?b=7.\n',
    'Not ~~500~~ but 600 people.\n\n| Region | People |\n| --- | --- |\n| North | 1,400 |\n',
    "It's 'over 20,000' -- in 2023 -- says <Fig id=\"unit\" /> and *12* more.\n",
  ].map((body, index) => [`tricky body ${index + 1}`, body] as const);

  it('reads every valid body as micromark, the reference parser, reads it', () => {
    const valid = [...bodies, ...tricky].filter(([, body]) => !readBody(body, { parser: 'micromark' }).syntaxError);
    expect(valid.length).toBeGreaterThanOrEqual(40);
    for (const [file, body] of valid) expect(readBody(body), file).toEqual(readBody(body, { parser: 'micromark' }));
  });

  it("reports the same syntax errors as micromark's reading", () => {
    const broken = bodies.filter(([, body]) => readBody(body, { parser: 'micromark' }).syntaxError);
    expect(broken.length).toBeGreaterThanOrEqual(2);
    for (const [file, body] of broken) expect(readBody(body), file).toEqual(readBody(body, { parser: 'micromark' }));
  });
});
