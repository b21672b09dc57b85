/**
 * What is wrong with the frontmatter's text as text, whatever field holds it: characters that are
 * not text (`findForbiddenCharacters`), a field too long, a formula too long or nested too deep.
 * Read from the YAML as data, before the schema, so every field is held to the same rules,
 * including ones no schema knows yet.
 *
 * Rules:
 * - Every string value: no control character but line breaks, no bidi override or isolate, no
 *   invisible character, no lone surrogate; at most `LIMITS.fieldCharacters` characters.
 * - A fact's formula: at most `LIMITS.formulaCharacters` characters, and parentheses and minus
 *   signs nested at most `LIMITS.formulaNesting` deep. Past them the formula is never parsed.
 * - The walk keeps its own stack, so no shape of data can overflow the call stack.
 */
import { findForbiddenCharacters } from './findForbiddenCharacters.ts';
import { LIMITS } from './limits.ts';
import type { FieldPath } from './locateField.ts';

export interface FieldProblem {
  path: FieldPath;
  message: string;
  /** The offending character's index in the value, when there is one. */
  index?: number;
}

const count = new Intl.NumberFormat('en-GB');

export function findFieldProblems(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; path: FieldPath }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      problems.push(...stringProblems(value, path));
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push({ value: value[index], path: [...path, index] });
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, item] = entries[index]!;
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return problems;
}

function isFormula(path: FieldPath): boolean {
  return path.length === 3 && path[0] === 'facts' && path[2] === 'formula';
}

function stringProblems(value: string, path: FieldPath): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const limit = isFormula(path) ? LIMITS.formulaCharacters : LIMITS.fieldCharacters;
  if (value.length > limit) {
    problems.push({
      path,
      message: `too long: ${count.format(value.length)} characters, at most ${count.format(limit)} ${isFormula(path) ? 'in a formula' : 'in a field'}`,
    });
  } else if (isFormula(path)) {
    const depth = formulaNesting(value);
    if (depth > LIMITS.formulaNesting) {
      problems.push({
        path,
        message: `too deep: parentheses and minus signs are nested ${depth} levels in this formula, at most ${LIMITS.formulaNesting}`,
      });
    }
  }
  // One character is enough to name: the editor finds the rest when the first is gone.
  const forbidden = findForbiddenCharacters(value, 'field')[0];
  if (forbidden) problems.push({ path, message: forbidden.message, index: forbidden.index });
  return problems;
}

/** The deepest nesting of parentheses and runs of minus signs (`--x`) in a formula's text. */
export function formulaNesting(formula: string): number {
  let open = 0;
  let minusRun = 0;
  let deepest = 0;
  for (const char of formula) {
    if (char === '(') open += 1;
    else if (char === ')') open = Math.max(0, open - 1);
    if (char === '-' || char === '−') minusRun += 1;
    else if (!/\s/.test(char)) minusRun = 0;
    deepest = Math.max(deepest, open + minusRun);
  }
  return deepest;
}
