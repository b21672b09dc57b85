/**
 * A fact's arithmetic as a reader sees it: "100 × 210", "up to 40% ÷ 0.4%".
 *
 * Rules:
 * - Each input is shown as the article shows it, qualifier included, in its own format.
 * - The arithmetic on the page must hold at the precision shown: when the rounded inputs do not
 *   give the shown result ("2.2 trillion ÷ 2.7 trillion = 80.4%" is false: 2.2 ÷ 2.7 is 81.5%),
 *   every input gets one more digit, up to six more, until they do.
 * - Ranges are shown as ranges; their arithmetic is the interval's, not checked digit by digit.
 */
import { formatRange, formatValue, qualify, shownValue, type NumberStyle } from './formatValue.ts';
import {
  DivisionByZeroError,
  evaluateFormula,
  formulaIds,
  formulaOperators,
  renderFormula,
  type FormulaNode,
} from './formula.ts';
import type { ResolvedFact, ResolvedFigure } from './resolveArticle.ts';

export interface ArithmeticContext {
  byId: ReadonlyMap<string, ResolvedFigure | ResolvedFact>;
  /** The result's style and value, and its number as shown (no qualifier). */
  style: NumberStyle;
  value: number;
  display: string;
  locale: string;
}

const MOST_EXTRA_DIGITS = 6;
const LITERAL: NumberStyle = { format: 'number' };
/** A number added to percentages is one too: 1 − 67.6% is shown 100% − 67.6%. */
const PERCENT_LITERAL: NumberStyle = { format: 'percent' };

function unsigned(style: NumberStyle): NumberStyle {
  return { ...style, signed: false };
}

export function showArithmetic(tree: FormulaNode, { byId, style, display, locale }: ArithmeticContext): string {
  const item = (id: string) => byId.get(id)!;
  const additive = [...formulaOperators(tree)].every((op) => op === '+' || op === '-');
  const literal = style.format === 'percent' && additive ? PERCENT_LITERAL : LITERAL;
  const render = (extra: number) =>
    renderFormula(tree, (leaf) => {
      if (leaf.kind === 'number') return formatValue(leaf.value, literal, locale, extra);
      const input = item(leaf.id);
      const number = input.range
        ? formatRange(input.range[0], input.range[1], unsigned(input.style), locale)
        : formatValue(input.value, unsigned(input.style), locale, extra);
      return qualify(number, input.qualifier);
    });

  const hasRange = formulaIds(tree).some((id) => item(id).range);
  if (hasRange) return render(0);
  for (let extra = 0; extra <= MOST_EXTRA_DIGITS; extra += 1) {
    let result: number;
    try {
      result = evaluateFormula(tree, (id) => shownValue(item(id).value, item(id).style, locale, extra));
    } catch (error) {
      if (error instanceof DivisionByZeroError) return render(0);
      throw error;
    }
    if (formatValue(result, style, locale) === display) return render(extra);
  }
  return render(MOST_EXTRA_DIGITS);
}
