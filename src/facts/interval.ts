/**
 * Where an inexact number can lie, and how that travels through a formula.
 *
 * Rules:
 * - An exact figure is a point; a range is its interval; `about` and `estimated` widen the value
 *   by half the rounding it was written with; `over` and `under` are open one-sided bounds; `up to`
 *   is a closed upper bound (and, for a number that is not negative, zero is its floor).
 * - Interval arithmetic: each result bound is the extreme of the operands' bounds; a bound is
 *   open when any bound it came from is open. Dividing by an interval that holds zero gives
 *   every number.
 * - The qualifier a result justifies is read off its interval: a point is exact, a bounded span
 *   is "about", a bound on one side is "over"/"at least" or "under"/"up to".
 */
import type { FormulaNode } from './formula.ts';
import type { Qualifier, ResultQualifier } from './formatValue.ts';

export interface Interval {
  low: number;
  high: number;
  /** The low bound itself is excluded ("over 30,000"). */
  lowOpen: boolean;
  highOpen: boolean;
}

export function point(value: number): Interval {
  return { low: value, high: value, lowOpen: false, highOpen: false };
}

export function isPoint(interval: Interval): boolean {
  return interval.low === interval.high;
}

/** The interval a figure's qualifier gives its value; `step` is the rounding it was written with. */
export function qualifiedInterval(value: number, qualifier: Qualifier, step: number): Interval {
  switch (qualifier) {
    case 'exact':
      return point(value);
    case 'about':
    case 'estimated':
      return { low: value - step / 2, high: value + step / 2, lowOpen: false, highOpen: false };
    case 'over':
      return { low: value, high: Infinity, lowOpen: true, highOpen: true };
    case 'under':
      return { low: -Infinity, high: value, lowOpen: true, highOpen: true };
    case 'up to':
      return value >= 0
        ? { low: 0, high: value, lowOpen: false, highOpen: false }
        : { low: -Infinity, high: value, lowOpen: true, highOpen: false };
  }
}

interface Bound {
  value: number;
  open: boolean;
}

/** 0 × ∞ is 0 here: a bound that is exactly zero keeps the product at zero. */
function times(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

function span(bounds: Bound[]): Interval {
  let low = bounds[0]!;
  let high = bounds[0]!;
  for (const bound of bounds) {
    if (bound.value < low.value || (bound.value === low.value && !bound.open)) low = bound;
    if (bound.value > high.value || (bound.value === high.value && !bound.open)) high = bound;
  }
  return { low: low.value, high: high.value, lowOpen: low.open, highOpen: high.open };
}

function ends(interval: Interval): Bound[] {
  return [
    { value: interval.low, open: interval.lowOpen },
    { value: interval.high, open: interval.highOpen },
  ];
}

export function add(a: Interval, b: Interval): Interval {
  return {
    low: a.low + b.low,
    high: a.high + b.high,
    lowOpen: a.lowOpen || b.lowOpen,
    highOpen: a.highOpen || b.highOpen,
  };
}

export function negate(a: Interval): Interval {
  return { low: -a.high, high: -a.low, lowOpen: a.highOpen, highOpen: a.lowOpen };
}

export function multiply(a: Interval, b: Interval): Interval {
  return span(ends(a).flatMap((x) => ends(b).map((y) => ({ value: times(x.value, y.value), open: x.open || y.open }))));
}

export function divide(a: Interval, b: Interval): Interval {
  if (b.low <= 0 && b.high >= 0) return { low: -Infinity, high: Infinity, lowOpen: true, highOpen: true };
  const inverse: Interval = { low: 1 / b.high, high: 1 / b.low, lowOpen: b.highOpen, highOpen: b.lowOpen };
  return multiply(a, inverse);
}

/** Evaluates a formula over intervals; `lookup` gives each id's interval. */
export function evaluateInterval(node: FormulaNode, lookup: (id: string) => Interval): Interval {
  switch (node.kind) {
    case 'number':
      return point(node.value);
    case 'id':
      return lookup(node.id);
    case 'negate':
      return negate(evaluateInterval(node.operand, lookup));
    case 'binary': {
      const left = evaluateInterval(node.left, lookup);
      const right = evaluateInterval(node.right, lookup);
      switch (node.op) {
        case '+':
          return add(left, right);
        case '-':
          return add(left, negate(right));
        case '*':
          return multiply(left, right);
        case '/':
          return divide(left, right);
      }
    }
  }
}

const CLOSE = 1e-9;

function near(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= CLOSE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The qualifier a result with this interval justifies, `value` being the number shown: "up to
 * 40% ÷ 0.4% = up to 100×", "about 350,000 − about 133,000 = about 217,000".
 */
export function qualifierOf(value: number, interval: Interval): ResultQualifier {
  if (near(interval.low, interval.high)) return 'exact';
  if (near(interval.high, value) && interval.low < value) return interval.highOpen ? 'under' : 'up to';
  if (near(interval.low, value) && interval.high > value) return interval.lowOpen ? 'over' : 'at least';
  return 'about';
}
