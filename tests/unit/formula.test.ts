import { describe, expect, it } from 'vitest';
import {
  DivisionByZeroError,
  FormulaSyntaxError,
  evaluateFormula,
  formulaIds,
  parseFormula,
  renderFormula,
} from '../../src/facts/formula.ts';

const values: Record<string, number> = { a: 2, b: 3, c: 4, perFacility: 100, facilities: 210, zero: 0 };
const lookup = (id: string) => {
  if (!Object.hasOwn(values, id)) throw new Error(`no ${id}`);
  return values[id]!;
};
const evaluate = (formula: string) => evaluateFormula(parseFormula(formula), lookup);

describe('evaluateFormula', () => {
  it.each([
    ['perFacility * facilities', 21000],
    ['a + b * c', 14],
    ['(a + b) * c', 20],
    ['a - b - c', -5],
    ['c / a / a', 1],
    ['-a + b', 1],
    ['-(a + b)', -5],
    ['a × b ÷ c', 1.5],
    ['c − a', 2],
    ['0.5 * c', 2],
    ['1e3 / 10', 100],
    ['.5 + a', 2.5],
  ])('%s = %d', (formula, expected) => {
    expect(evaluate(formula)).toBeCloseTo(expected, 12);
  });

  it('refuses to divide by zero', () => {
    expect(() => evaluate('a / zero')).toThrow(DivisionByZeroError);
    expect(() => evaluate('a / (b - b)')).toThrow(DivisionByZeroError);
  });
});

describe('parseFormula', () => {
  it.each([
    ['a +', 'expected a number, an id or "(" but found the end of the formula', 4],
    ['a * (b + c', 'expected ")" but found the end of the formula', 11],
    ['a b', 'unexpected "b" after a complete expression', 3],
    ['constructor.constructor', 'property access (".") is not allowed', 12],
    ['a["x"]', 'property access ("[") is not allowed', 2],
    ['alert(1)', '"alert(…)" is a function call', 1],
    ['Math.max(a, b)', 'property access', 5],
    ['a ** b', 'expected a number, an id or "(" but found "*"', 4],
    ['a % b', 'unexpected "%"', 3],
    ['"a" + b', 'unexpected """', 1],
    ['a; b', 'unexpected ";"', 2],
    ['', 'found the end of the formula', 1],
  ])('rejects %j with a message and the column', (formula, message, column) => {
    let caught: unknown;
    try {
      parseFormula(formula);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FormulaSyntaxError);
    expect((caught as FormulaSyntaxError).message).toContain(message);
    expect((caught as FormulaSyntaxError).column).toBe(column);
  });

  it('lists the ids a formula reads, once each, in order', () => {
    expect(formulaIds(parseFormula('b * a + b / __proto__'))).toEqual(['b', 'a', '__proto__']);
  });
});

describe('renderFormula', () => {
  const render = (formula: string) =>
    renderFormula(parseFormula(formula), (leaf) => (leaf.kind === 'id' ? leaf.id : leaf.text));

  it.each([
    ['a*b', 'a × b'],
    ['a / b', 'a ÷ b'],
    ['a - b', 'a − b'],
    ['(a + b) * c', '(a + b) × c'],
    ['a + (b * c)', 'a + b × c'],
    ['a - (b - c)', 'a − (b − c)'],
    ['(a - b) - c', 'a − b − c'],
    ['a / (b / c)', 'a ÷ (b ÷ c)'],
    ['-(a + b)', '−(a + b)'],
  ])('writes %s as "%s", with only the parentheses it needs', (formula, expected) => {
    expect(render(formula)).toBe(expected);
  });
});
