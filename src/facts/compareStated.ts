/**
 * The verdict on a stated number: does the computation bear it out?
 *
 * Rules, following what the stated number says:
 * - An exact number matches when the computed value rounds to it at the precision it is written
 *   with (stated 6 %, computed 6.4 %: matches; stated 17 %, computed 18.2 %: differs), unless the
 *   fact sets a `tolerance` (relative) or, for a percentage, `tolerancePoints` (absolute).
 * - `over X` matches only above X, `under X` only below, `up to X` at or below; `about X` (and
 *   `estimated`) within the rounding of X; a range when the computed value lies inside it.
 * - When the inputs are approximate, the computed value is an interval: wholly inside what the
 *   statement allows, it matches; wholly outside, it differs; across the edge, it "may match".
 * - The gap is said in the number's own unit and format ("US$50.2 billion more", "0.4
 *   percentage points lower"), never in raw digits.
 */
import {
  formatRange,
  formatValue,
  qualifierWords,
  roundingStep,
  writtenStep,
  type NumberStyle,
  type ValueFormat,
} from './formatValue.ts';
import { qualifiedInterval, type Interval } from './interval.ts';
import type { Comparison, ResolvedFact, ResolvedFigure } from './resolveArticle.ts';

/** How each verdict is marked and named: a symbol (never colour alone) and words. */
export const VERDICT_MARKS: Record<Comparison['verdict'], { mark: string; word: string; brief: string }> = {
  matches: { mark: '✓', word: 'Matches', brief: 'Matches' },
  differs: { mark: '≠', word: 'Differs', brief: 'Differs from' },
  'may match': { mark: '≈', word: 'May match', brief: 'May match' },
};

export interface Tolerances {
  tolerance?: number;
  tolerancePoints?: number;
}

/** Floating-point noise (0.1 + 0.2) must never turn a match into a gap. */
const NOISE = 1e-9;

function widen(interval: Interval): Interval {
  const slack = (bound: number) => NOISE * Math.max(1, Math.abs(bound));
  return { ...interval, low: interval.low - slack(interval.low), high: interval.high + slack(interval.high) };
}

/** What the stated figure allows the computed value to be, and by which rule. */
export function allowedSpan(
  stated: ResolvedFigure,
  computed: number,
  tolerances: Tolerances,
): [Interval, Comparison['rule']] {
  const value = stated.value;
  if (stated.range) {
    return [widen({ low: stated.range[0], high: stated.range[1], lowOpen: false, highOpen: false }), 'range'];
  }
  if (stated.qualifier === 'over' || stated.qualifier === 'under' || stated.qualifier === 'up to') {
    return [qualifiedInterval(value, stated.qualifier, 0), 'qualifier'];
  }
  // An exact or approximate number: a tolerance the editor gives replaces its rounding.
  const around = (half: number) => widen({ low: value - half, high: value + half, lowOpen: false, highOpen: false });
  if (tolerances.tolerance !== undefined) return [around(tolerances.tolerance * Math.abs(computed)), 'tolerance'];
  if (tolerances.tolerancePoints !== undefined) return [around(tolerances.tolerancePoints / 100), 'tolerancePoints'];
  if (stated.qualifier === 'about' || stated.qualifier === 'estimated') {
    return [widen(qualifiedInterval(value, 'about', roundingStep(value, stated.style))), 'qualifier'];
  }
  return [around(writtenStep(value, stated.style) / 2), 'rounding'];
}

export function insideSpan(x: number, span: Interval): boolean {
  const aboveLow = span.lowOpen ? x > span.low : x >= span.low;
  const belowHigh = span.highOpen ? x < span.high : x <= span.high;
  return aboveLow && belowHigh;
}

function within(inner: Interval, outer: Interval): boolean {
  const low = outer.low < inner.low || (outer.low === inner.low && (!outer.lowOpen || inner.lowOpen));
  const high = outer.high > inner.high || (outer.high === inner.high && (!outer.highOpen || inner.highOpen));
  return low && high;
}

function apart(a: Interval, b: Interval): boolean {
  const below = a.high < b.low || (a.high === b.low && (a.highOpen || b.lowOpen));
  const above = a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
  return below || above;
}

/** How a gap in this format is shown: a gap between percentages is in points; counts stay counts. */
function gapStyle(style: NumberStyle): NumberStyle {
  const formats: Partial<Record<ValueFormat, ValueFormat>> = { percent: 'points', year: 'count', rank: 'count' };
  return { ...style, format: formats[style.format] ?? style.format, signed: false };
}

function gapWords(fact: ResolvedFact, difference: number): string {
  const more = difference > 0;
  if (fact.style.currency) return more ? 'more' : 'less';
  if (fact.format === 'count' || fact.format === 'compact') return more ? 'more' : 'fewer';
  if (fact.format === 'year') return more ? 'later' : 'earlier';
  return more ? 'higher' : 'lower';
}

/** "1,000 fewer", "US$50.2 billion more", "0.4 percentage points lower". */
function describeGap(fact: ResolvedFact, difference: number, locale: string): string {
  const style = gapStyle(fact.style);
  // Enough digits that a gap never reads as nothing ("0 more").
  let extra = 0;
  while (extra < 6 && formatValue(Math.abs(difference), style, locale, extra).match(/^\D*0(?:\D*)$/)) extra += 1;
  return `${formatValue(Math.abs(difference), style, locale, extra)} ${gapWords(fact, difference)}`;
}

/** Compares a stated figure with the computed result and says so in one sentence. */
export function compareStated(
  fact: ResolvedFact,
  stated: ResolvedFigure,
  tolerances: Tolerances,
  locale: string,
): Comparison {
  const difference = stated.value - fact.value;
  const relative = fact.value === 0 ? (difference === 0 ? 0 : Infinity) : difference / Math.abs(fact.value);
  const [span, rule] = allowedSpan(stated, fact.value, tolerances);
  const computedSpan = fact.interval;
  const exactInputs = computedSpan.low === computedSpan.high;
  const verdict: Comparison['verdict'] = exactInputs
    ? insideSpan(fact.value, span)
      ? 'matches'
      : 'differs'
    : within(computedSpan, span)
      ? 'matches'
      : apart(computedSpan, span)
        ? 'differs'
        : 'may match';
  const computed = fact.display;
  const base = { stated, verdict, rule, difference, relative, ...tolerances };

  if (verdict === 'may match') {
    const between =
      Number.isFinite(computedSpan.low) && Number.isFinite(computedSpan.high)
        ? `within ${formatRange(computedSpan.low, computedSpan.high, fact.style, locale)}`
        : Number.isFinite(computedSpan.low)
          ? `anywhere above ${formatValue(computedSpan.low, fact.style, locale)}`
          : `anywhere below ${formatValue(computedSpan.high, fact.style, locale)}`;
    return {
      ...base,
      summary: `The article states ${stated.display}. The inputs are approximate, so the computed value lies ${between}: it may match.`,
    };
  }
  if (verdict === 'matches') {
    const how =
      rule === 'tolerance'
        ? `, within ${formatValue(tolerances.tolerance!, 'percent', locale)} of the computed ${computed}`
        : rule === 'tolerancePoints'
          ? `, within ${formatValue(tolerances.tolerancePoints! / 100, 'points', locale)} of the computed ${computed}`
          : rule === 'range'
            ? `, and the computed ${computed} lies within it`
            : rule === 'qualifier'
              ? `, which the computed ${computed} bears out`
              : Math.abs(relative) <= NOISE
                ? `, which matches the computed ${computed}`
                : `, which matches the computed ${computed} as rounded`;
    return { ...base, summary: `The article states ${stated.display}${how}.` };
  }
  if (Math.abs(difference) <= NOISE * Math.max(1, Math.abs(fact.value))) {
    // "Over 792,500" against exactly 792,500: the qualifier, not the number, is wrong.
    const gap = `exactly that, not ${qualifierWords(stated.qualifier)} it`;
    return {
      ...base,
      gap,
      summary: `The article states ${stated.display}, but the computed value is exactly ${computed}.`,
    };
  }
  const gap = describeGap(fact, difference, locale);
  if (rule === 'range') {
    return {
      ...base,
      gap,
      summary: `The article states ${stated.display}, but the computed ${computed} lies outside that range.`,
    };
  }
  const gapShare = Number.isFinite(relative)
    ? `${formatValue(Math.abs(relative), 'percent', locale)} ${difference < 0 ? 'below' : 'above'}`
    : undefined;
  return {
    ...base,
    gap,
    gapShare,
    summary: `The article states ${stated.display}: ${gap}${gapShare ? `, ${gapShare}` : ' than'} the computed ${computed}.`,
  };
}
