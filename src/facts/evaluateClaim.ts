/**
 * A claim the prose makes in words, bound to a computed fact: `<Claim fact="since2020"
 * says="more than 3">more than three times</Claim>`.
 *
 * Rules:
 * - `says` is a comparison and a number in the fact's own terms (a share as a fraction, a
 *   multiple as a plain number): `more than 3`, `at least 0.75`, `under 1/3`, `about 0.2`, `20%`,
 *   `0.6 points` (or `0.6pp`), `25 basis points` (or `25bp`), `about 129 billion`, `1,250`, or a
 *   bare number, which must match as rounded to the digits `says` writes, in its own terms: "40%"
 *   to the point (39.5–40.5 %), "0.4" to the tenth.
 * - The claim is judged on the fact's computed interval: true when every value it can take bears
 *   the claim out, false when none does, uncertain when approximate inputs leave both open.
 */
import { formatValue, roundingStep, writtenStep, type ValueFormat } from './formatValue.ts';
import type { Interval } from './interval.ts';
import type { ResolvedFact } from './resolveArticle.ts';

export type ClaimComparison = '>' | '>=' | '<' | '<=' | '~' | '=';

export interface ParsedClaim {
  comparison: ClaimComparison;
  value: number;
  /** How precisely `says` writes its number: 0.01 for "40%" (to the point), 0.1 for "0.4". */
  step?: number;
  /** `says` is written as a percentage or as points ("40%", "3 points", "25bp"). */
  share?: true;
}

export const COMPARISONS: [RegExp, ClaimComparison][] = [
  [/^(?:more than|over|above|greater than|higher than)\s+/i, '>'],
  [/^(?:at least|no less than|no fewer than)\s+/i, '>='],
  [/^(?:less than|fewer than|under|below|lower than)\s+/i, '<'],
  [/^(?:at most|up to|no more than|as (?:much|many) as)\s+/i, '<='],
  [/^(?:about|around|roughly|approximately|some|nearly|almost|close to)\s+/i, '~'],
];

const NUMBER =
  /^([+-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?\s*(?:(%|pp|(?:percentage[- ])?points?)|(bps?|basis[- ]points?)|(thousand|million|billion|trillion)|(p|¢))?$/i;

/** The scale words a number is written with, in `says` and in prose (`findProseNumbers`). */
export const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Reads `says`; undefined when it is not a comparison and a number. */
export function parseClaim(says: string): ParsedClaim | undefined {
  let text = says.trim();
  let comparison: ClaimComparison = '=';
  for (const [pattern, meaning] of COMPARISONS) {
    const match = pattern.exec(text);
    if (match) {
      comparison = meaning;
      text = text.slice(match[0].length);
      break;
    }
  }
  const number = NUMBER.exec(text.trim());
  if (!number) return undefined;
  const digits = number[1]!.replace('−', '-').replaceAll(',', '');
  let value = Number(digits);
  // A fraction ("1/3") is exact; digits are as precise as their last decimal, in their own terms.
  let step = number[2] === undefined ? 10 ** -(digits.split('.')[1]?.length ?? 0) : undefined;
  const scale = (factor: number) => {
    value *= factor;
    if (step !== undefined) step *= factor;
  };
  const divide = (divisor: number) => {
    value /= divisor;
    if (step !== undefined) step /= divisor;
  };
  if (number[2] !== undefined) value /= Number(number[2]);
  if (number[3]) scale(1 / 100);
  if (number[4]) scale(1 / 10_000);
  if (number[5]) scale(SCALES[number[5].toLowerCase()]!);
  // Pence and cents, as money in pounds or dollars holds them: "0.85p" is 0.0085.
  if (number[6]) divide(100);
  const share = Boolean(number[3] || number[4]);
  return Number.isFinite(value)
    ? { comparison, value, ...(step !== undefined && { step }), ...(share && { share: true as const }) }
    : undefined;
}

export type ClaimVerdict = 'true' | 'false' | 'uncertain';

/**
 * Every comparison here holds on one side of a bound or inside one window, so an interval bears
 * the claim out when both its ends do, and none of it does when neither end does and the window
 * (if any) lies wholly outside it.
 */
function judge(interval: Interval, holds: (x: number) => boolean, window?: number): ClaimVerdict {
  if (interval.low === interval.high) return holds(interval.low) ? 'true' : 'false';
  const low = holds(interval.low);
  const high = holds(interval.high);
  if (low && high) return 'true';
  if (low || high) return 'uncertain';
  return window !== undefined && interval.low < window && window < interval.high ? 'uncertain' : 'false';
}

/** How a claim fares against the fact: its verdict and a sentence an editor or reader can follow. */
export function evaluateClaim(
  fact: ResolvedFact,
  claim: ParsedClaim,
  phrase: string,
  locale: string,
): { verdict: ClaimVerdict; summary: string } {
  const { comparison, value } = claim;
  const noise = 1e-9 * Math.max(1, Math.abs(value));
  // Strictly inside the window: 2.5× is not "three times".
  const holds = (x: number): boolean => bearsOut(claim, x, claimHalfWidth(claim, fact.format) - noise);
  const verdict = judge(fact.interval, holds, comparison === '~' || comparison === '=' ? value : undefined);
  const computed = fact.display;
  const summary =
    verdict === 'true'
      ? `"${phrase}" holds: Tally computes ${computed}`
      : verdict === 'false'
        ? `"${phrase}" is false: Tally computes ${computed}`
        : `"${phrase}" may not hold: the inputs are approximate, and Tally computes ${computed}`;
  return { verdict, summary: `${summary} (${fact.equation}; the claim says ${describeClaim(claim, fact, locale)}).` };
}

/**
 * How far from its number a value may be and bear out `~` or `=`: "about" is within a tenth of
 * the number (a third is 30.0–36.7 %) or its rounding, if wider ("about 40%" is 35–45 %), but
 * never more than a fifth of it: rounded to its first digit, "about 100%" would hold for 50–150 %
 * (62.5 % among them); it holds for 80–120 %. A bare number holds within its rounding as written.
 * The checker binds words by the same window (`bindProseNumbers.ts`), so a `<Claim>` it offers
 * checks as true.
 */
export function claimHalfWidth({ comparison, value, step }: ParsedClaim, format: ValueFormat): number {
  if (comparison !== '~') return (step ?? writtenStep(value, { format: 'number' })) / 2;
  const size = Math.abs(value);
  return Math.max(Math.min(roundingStep(value, { format }) / 2, 0.2 * size), 0.1 * size);
}

/**
 * Whether the value `x` bears out the claim: beyond its bound (past floating-point noise), or, for
 * `~` and `=`, strictly within `halfWidth` of its number.
 */
export function bearsOut({ comparison, value }: ParsedClaim, x: number, halfWidth: number): boolean {
  const noise = 1e-9 * Math.max(1, Math.abs(value));
  switch (comparison) {
    case '>':
      return x > value + noise;
    case '>=':
      return x >= value - noise;
    case '<':
      return x < value - noise;
    case '<=':
      return x <= value + noise;
    case '~':
    case '=':
      return Math.abs(x - value) < halfWidth;
  }
}

/** A comparison in words, as `says` writes it. */
export const CLAIM_WORDS: Readonly<Record<ClaimComparison, string>> = {
  '>': 'more than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'at most',
  '~': 'about',
  '=': '',
};

/** Each comparison with its sides swapped: of a negative number, "more than" a size is "less than". */
export const MIRRORED: Readonly<Record<ClaimComparison, ClaimComparison>> = {
  '>': '<',
  '>=': '<=',
  '<': '>',
  '<=': '>=',
  '~': '~',
  '=': '=',
};

/**
 * For a false claim of a bound on a negative number that copies the words' comparison ("more than
 * a quarter" as `more than -1/4`, for a fall of 28.3 %), the `says` the words mean of a fall, when
 * it holds: "lost more than a quarter" is a change of less than -1/4. Undefined when the bound is
 * already the words' mirror, when mirroring changes nothing, or when it does not hold either.
 */
export function mirroredSays(fact: ResolvedFact, says: string, phrase: string, locale: string): string | undefined {
  const claim = parseClaim(says);
  if (!claim || claim.value >= 0 || MIRRORED[claim.comparison] === claim.comparison) return undefined;
  const written = COMPARISONS.find(([pattern]) => pattern.test(phrase.trim()))?.[1];
  if (written !== claim.comparison) return undefined;
  const mirrored = { ...claim, comparison: MIRRORED[claim.comparison] };
  if (evaluateClaim(fact, mirrored, phrase, locale).verdict !== 'true') return undefined;
  let number = says.trim();
  for (const [pattern] of COMPARISONS) number = number.replace(pattern, '');
  return `${CLAIM_WORDS[mirrored.comparison]} ${number}`;
}

function describeClaim({ comparison, value }: ParsedClaim, fact: ResolvedFact, locale: string): string {
  // The claim's number as the claim writes it, not at the fact's fixed precision.
  const number = formatValue(
    value,
    { format: fact.format, currency: fact.style.currency, minorUnit: fact.style.minorUnit },
    locale,
    2,
  );
  return [CLAIM_WORDS[comparison], number].filter(Boolean).join(' ');
}
