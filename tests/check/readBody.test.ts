/**
 * readBody's own rules; what it finds in real articles is covered by the fixtures
 * (`invalidFixtures`, `warnings`, `everyProblem`).
 */
import { describe, expect, it } from 'vitest';
import { readBody, satteriSyntaxError } from '../../src/check/readBody.ts';

describe('readBody', () => {
  it('finds components, their ids and prose numbers with their positions in the body', () => {
    const reading = readBody('Over 30,000 people.\n\nA unit of <Fig id="stormZUnit" /> men and <Chart id={x} />.\n');
    expect(reading.syntaxError).toBeUndefined();
    expect(reading.components).toEqual([
      { name: 'Fig', id: 'stormZUnit', line: 3, column: 11 },
      expect.objectContaining({ name: 'Chart', idProblem: expect.stringContaining('in quotes'), line: 3, column: 43 }),
    ]);
    expect(reading.numbers).toEqual([expect.objectContaining({ text: '30,000', line: 1, column: 6 })]);
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
