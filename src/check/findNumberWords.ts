/**
 * Numbers written in words, so a claim in words ("more than three times", "rose by a third") can
 * be traced to a figure or a fact like one in digits.
 *
 * Rules (documented in EDITING.md, "Numbers in the text"):
 * - Cardinals from two to a million and beyond ("three", "twenty-five", "a hundred", "two
 *   thousand", "one million", "half a million"). A bare "one" is left out: it is a pronoun or an
 *   article far more often than a count ("one of the", "one day").
 * - Multiples: "twice", "three times", "doubled", "tripled", "quadrupled", "halved", "tenfold",
 *   "a hundredfold", "three-fold"; "double", "triple", "quadruple" and "halve" before what they
 *   multiply ("more than double the rate", "triple that of 2020") or as a headline's verb ("Sales
 *   Triple on AI Demand"), never before a noun ("a double act").
 * - Fractions: "half", "a third", "one-fifth", "two-thirds", "three quarters". "A third" or "a
 *   quarter" followed by a noun is an ordinal ("a third wave", "a quarter century") and is left
 *   out; so is "half" not used as a share ("the first half of 2023", "half an hour"), and any
 *   fraction of a span of time or a measure ("a quarter of a century", "three quarters of an
 *   hour"). A fraction of a large number is a count: "a quarter of a million" is 250,000.
 * - A fraction of a percentage point is that many points, as if written in digits: "a quarter of
 *   a point" and "a quarter-point cut" are 0.25 percentage points, "half a percentage point" 0.5.
 * - A rank before a superlative ("the third-largest", "its 5th biggest") claims a place
 *   (`findRankWords`); other ordinals ("the third round") do not.
 * - A ratio in words is a fraction: "one in five" and "two out of three" claim about 1/5 and 2/3
 *   of something, like "a fifth" and "two-thirds" ("one in every ten", "one in a hundred" too).
 * - What names, dates or bases a number is left out as for digits: "aged seventy-five", "per
 *   thousand", "for every hundred", "the three months to October".
 * - A comparison written before the number ("more than three times", "nearly a third") is kept
 *   with it, as `<Claim says>` would write it.
 * - A fraction that says how much something fell ("fell by a third", "cut by more than half",
 *   "down by a quarter": `changeDirection.ts`) claims a change of minus that much, in the terms of
 *   a fact that computes the change (`-1/3`; "more than half" becomes "less than -1/2"); one that
 *   says how much it rose ("rose by a third") claims plus that much. Either way `direction` says
 *   so, so the nearest fact named in a warning is a change.
 *
 * Why not a library: the English-number parsers on npm either read whole documents with a full
 * language model (compromise: about 1 ms a paragraph, as much as the rest of the check) or parse a
 * string that is already known to be a number (words-to-numbers). This is one regular expression
 * and a fold over its words.
 */
import { COMPARISONS, MIRRORED, type ParsedClaim } from '../facts/evaluateClaim.ts';
import { fractionDirection, percentDirection, type Direction } from './changeDirection.ts';

/** How a number in words reads: a count, a multiple of something, or a part of a whole. */
export type NumberWordKind = 'cardinal' | 'multiple' | 'fraction' | 'points' | 'rank';

export interface NumberWords {
  /** The words as written, with the comparison before them: "more than three times", "two-thirds". */
  text: string;
  index: number;
  value: number;
  kind: NumberWordKind;
  /** The comparison the words make: "more than three times" is more than 3. */
  claim: ParsedClaim;
  /** A fraction of a change: "rose by a third" (rise), "fell by a third" (fall). */
  direction?: Direction;
  /** For points or a percentage in words, the precision of the words: 0.01 for "three points". */
  step?: number;
  /** For points, a percentage or a count in words, the comparison written before them: "nearly eight points". */
  qualified?: ParsedClaim;
}

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALE_WORDS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9 };

const SMALL = new Map<string, number>([
  ...UNIT_WORDS.map((word, index): [string, number] => [word, index + 1]),
  ...TEEN_WORDS.map((word, index): [string, number] => [word, index + 10]),
  ...TENS_WORDS.map((word, index): [string, number] => [word, (index + 2) * 10]),
  ['a', 1],
  ['an', 1],
]);

const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

const MULTIPLE_VERBS: Record<string, number> = {
  twice: 2,
  doubled: 2,
  doubling: 2,
  tripled: 3,
  trebled: 3,
  tripling: 3,
  quadrupled: 4,
  halved: 0.5,
  halving: 0.5,
  doubles: 2,
  triples: 3,
  trebles: 3,
  quadruples: 4,
};

/** "More than double the rate": a multiple only before what it multiplies, never "a double act". */
const MULTIPLE_ADJECTIVES: Record<string, number> = { double: 2, triple: 3, treble: 3, quadruple: 4, halve: 0.5 };
/**
 * What follows them when they multiply: what is multiplied ("double the rate"), the end of the
 * clause, or a preposition after a headline's verb ("Sales Triple on AI Demand").
 */
const MULTIPLIED_FOLLOWS =
  /^(?:\s*$|\s*[.,;:!?)”"’–—]|\s+(?:the|that|those|its|their|his|her|our|this|these|what|a|an|in|since|from|over|by|last|previous|on|as|after|amid|despite|to|for|at|with|while|within)\b)/i;

const UNIT = UNIT_WORDS.join('|');
const BELOW_100 = `(?:(?:${TENS_WORDS.join('|')})(?:[- ](?:${UNIT}))?|${TEEN_WORDS.join('|')}|${UNIT})`;
const BELOW_1000 = `(?:(?:${BELOW_100}|a)\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_100})?|${BELOW_100})`;
const HALF_A_MILLION = `half\\s+an?\\s+(?:million|billion)`;
const AND_A_HALF = `(?:\\s+and\\s+a\\s+half)?`;
const CARDINAL =
  `(?:${HALF_A_MILLION}` +
  `|(?:${BELOW_1000}${AND_A_HALF}|a)\\s+(?:thousand|million|billion)(?:\\s+(?:and\\s+)?${BELOW_1000})?` +
  `|${BELOW_1000}${AND_A_HALF})`;
const FRACTION = `(?:(?:a|one|${UNIT})[- ](?:${Object.keys(DENOMINATORS).join('|')}))`;

/**
 * Not a Unicode expression, and it starts at a word boundary with a look at the first letter: two
 * to three times faster on article text than `(?<![\p{L}…])` in `u` mode (45–67 against 115–173 ms
 * for 3 MB, measured 7 December 2026). The letters around a match are checked in Unicode after.
 */
const NUMBER_WORDS = new RegExp(
  `\\b(?=[adefhnoqst])(?:` +
    `(?<multiple>(?:${CARDINAL})[- ]?fold|(?:${CARDINAL})\\s+times|${Object.keys(MULTIPLE_VERBS).join('|')}` +
    `|${Object.keys(MULTIPLE_ADJECTIVES).join('|')})` +
    `|(?<large>${HALF_A_MILLION})` +
    `|(?<fraction>${FRACTION}|half)` +
    `|(?<cardinal>${CARDINAL})` +
    `)(?![A-Za-z0-9'’])`,
  'gi',
);
/**
 * Text with none of these beginnings has no number in words; most text nodes are skipped by this
 * test alone, several times cheaper than the full expression (`npm run bench:engine` and a
 * profile of the check, 7 December 2026).
 */
const MAY_HOLD_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ninth|ten|eleven|twel|twen|thir|fort|fift|hundred|thousand|million|billion|twice|doubl|tripl|trebl|quadrupl|halv|half|quarter)/i;

/** A letter, digit, apostrophe or hyphen joined to a match makes it part of another word. */
const JOINED = /[\p{L}\p{N}'’-]/u;

/** Words before a number that make it a name, a rate's base or an age, not a claim. */
const NAMING = /(?:\bno\.?|\bnumber|\bper|\bfor every|\baged?|\bages)\s+$/i;
/**
 * People, or deaths, and a bound before a number of at most `MAX_AGE`: an age limit, not a claim
 * ("people under 75", "children under five", "those aged over 65", "deaths under 75"); "deaths
 * over 1,000" is a count.
 */
export const MAX_AGE = 120;
export const AGE_LIMIT_BEFORE =
  /\b(?:aged?|ages|people|persons|those|men|women|boys|girls|children|adults|patients|residents|deaths|pensioners|workers|drivers|voters|anyone|everyone)\s+(?:under|over|below|above)\s+$/i;
/**
 * "a 40-year-old", "a seven-day average", "a two-year fixed rate", "a three-year high": an age,
 * the window of an average or of a record, or the term of a loan, bond or plan, not a claim.
 */
export const AGE_OR_WINDOW_AFTER =
  /^[\s-](?:years?[\s-]old\b|(?:day|week|month|year)[\s-](?:rolling|moving|average|fix(?:ed|es)?|deals?|bonds?|gilts?|yields?|mortgages?|loans?|plans?|terms?|contracts?|high|low)\b)/i;

/**
 * Words after a number that make it the name of a period or a time, not a claim: "the three months
 * to October", "the 12 months ending in March" (how statistics offices name their periods), "two
 * weeks earlier", "three years ago", "Four Years On".
 */
export const NAMES_A_PERIOD =
  /^\s+(?:days?|weeks?|months?|quarters?|years?)\s+(?:(?:to|ending|ended|through|until|earlier|later|ago|before|after)\b|on(?=\s*(?:[,.;:!?)—–]|$)))/i;
/**
 * A ratio written in words, read from its first part: "one in five", "two out of three", and with
 * what it counts between: "one pound in every six", "one adult in five".
 */
const RATIO_AFTER = new RegExp(
  `^\\s+(?:(?<noun>[a-z]+)\\s+)?(?:in|out\\s+of)\\s+(?:every\\s+)?(?<denominator>\\d[\\d,]*(?!\\d|[.,]\\d)|(?:an?\\s+)?(?:${CARDINAL}))(?![A-Za-z0-9])`,
  'i',
);
/** After a ratio with a noun: a span of time, which makes it a count over a period ("three deaths in 10 days"). */
const PERIOD_FOLLOWS = /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;
/** Its second part, after the first: "five" in "one in five", "5" in "1 in 5", "six" in "one pound in every six". */
const RATIO_BEFORE = new RegExp(
  `(?:\\b(?<words>an?|${BELOW_100})|(?<digits>\\d[\\d,]*))\\s+(?:(?<noun>[a-z]+)\\s+)?(?:in|out\\s+of)\\s+(?:every\\s+)?(?:an?\\s+)?$`,
  'i',
);
/** After "a third" or "a quarter": words that keep it a share, not an ordinal ("a third wave"). */
const SHARE_FOLLOWS =
  /^(?:\s*$|\s*[.,;:!?)”"’–—]|\s+(?:of|in|on|since|from|to|than|and|or|more|less|fewer|over|between|compared|last|this|that|the|its|their|his|her|our|a|an|by|at|for|as|while|who|which|higher|lower|larger|smaller|bigger|greater|cheaper|dearer|up|down|above|below)\b)/i;
/** After a fraction: a percentage point, which makes it a number of points ("a quarter of a point", "half a percentage point", "a quarter-point cut"). */
const POINT_AFTER = /^(?:\s+of)?\s+an?\s+(?:(?:percentage[\s-])?point|per\s?cent|percent)\b|^-(?:percentage-)?point\b/i;
/**
 * After a count: percentage points or a percentage, which make it that many points or per cent
 * ("three points", "eight percentage points", "five per cent", "a two-percentage-point rise"). Not
 * "a ten-point plan": a point alone counts only after a space, as in digits (`findProseNumbers`).
 */
const POINTS_AFTER = /^\s+(?:(?:percentage[\s-])?points?|per\s?cent|percent)\b|^-(?:percentage-points?|per-cent)\b/i;
/** After a fraction: the large number it is a part of ("a quarter of a million" is 250,000). */
const OF_A_LARGE_NUMBER = /^\s+of\s+an?\s+(thousand|million|billion)\b/i;
/** After a fraction: a span of time or a measure it divides, not a share ("a quarter of a century", "three quarters of an hour"). */
const OF_A_MEASURE =
  /^\s+of\s+an?\s+(?:century|decade|year|month|week|day|hour|minute|second|mile|metre|meter|kilometre|kilometer|foot|inch|tonne|ton|kilo|kilogram|pound|litre|liter|gallon)\b/i;
/** Before "half": words that make it a share ("more than half", "by half"). */
const HALF_QUALIFIED =
  /\b(?:by|than|nearly|almost|about|over|under|roughly|around|some|just|only|exactly|barely|fully|cut in|to)\s+$/i;
/** After "half": "as much again", "as many again", "as big again", one and a half times. */
const HALF_AGAIN = /^\s+as\s+[a-z]+\s+again\b/i;
/** Before "half": a part of a period ("the first half of 2023"), or a whole and a half. */
const HALF_OF_A_PERIOD = /\b(?:first|second|last|latter|former|other|and a|and an|the)\s+$/i;

function cardinalValue(text: string): number {
  let total = 0;
  let current = 0;
  for (const word of text
    .toLowerCase()
    .replace(/\band a half\b/, 'plus-half')
    .split(/[\s,-]+/)) {
    if (word === 'plus') continue;
    if (word === 'half' && current >= 1) {
      current += 0.5; // "two and a half"
      continue;
    }
    if (word === 'and' || word === '') continue;
    if (word === 'half') {
      current = 0.5;
      continue;
    }
    const small = SMALL.get(word);
    if (small !== undefined) {
      // "a" after "half" ("half a million") keeps the half.
      if (!(current === 0.5 && small === 1 && (word === 'a' || word === 'an'))) current += small;
      continue;
    }
    const scale = SCALE_WORDS[word];
    if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return total + current;
}

/**
 * The second part of a ratio right after its first (" in five", " out of 10"): its value and the
 * length of the text it takes, or undefined.
 */
export function ratioAfter(after: string, numerator: number): { denominator: number; length: number } | undefined {
  const ratio = RATIO_AFTER.exec(after);
  if (ratio?.groups!.noun && PERIOD_FOLLOWS.test(after.slice(ratio[0].length))) return undefined;
  const denominator = ratio && ratioPart(ratio.groups!.denominator!);
  // A part of a whole is smaller than the whole: "30 in 2 attacks" is no ratio.
  return denominator && numerator < denominator ? { denominator, length: ratio[0].length } : undefined;
}

/**
 * Whether `value`, right after `before` and before `after`, is the second part of a ratio read
 * with its first (not "10" in "one death in 10 days", a count over a period).
 */
export function endsRatio(before: string, value: number, after: string): boolean {
  const ratio = RATIO_BEFORE.exec(before);
  if (!ratio || (ratio.groups!.noun && PERIOD_FOLLOWS.test(after))) return false;
  const { words, digits } = ratio.groups!;
  const numerator = digits === undefined ? cardinalValue(words!) : Number(digits.replaceAll(',', ''));
  return numerator < value;
}

/** The second part of a ratio, in digits or words: 5 in "one in 5", 100 in "one in a hundred". */
function ratioPart(text: string): number | undefined {
  // "3 in 2024" is a number in a year, as digits without a comma from 1000 to 2999 are years.
  if (/^[12]\d{3}$/.test(text)) return undefined;
  const value = /^\d/.test(text) ? Number(text.replaceAll(',', '')) : cardinalValue(text);
  return value >= 2 ? value : undefined;
}

function fractionValue(text: string): number {
  const [numerator, denominator] = text.toLowerCase().split(/[- ]/);
  if (denominator === undefined) return 0.5; // "half"
  return (SMALL.get(numerator!) ?? 1) / DENOMINATORS[denominator]!;
}

function multipleValue(text: string): number {
  const lower = text.toLowerCase();
  const verb = MULTIPLE_VERBS[lower] ?? MULTIPLE_ADJECTIVES[lower];
  if (verb !== undefined) return verb;
  return cardinalValue(lower.replace(/[- ]?fold$|\s+times$/, ''));
}

/** A comparison of a fall's size, in the change's own terms: falling by more than x is below -x. */
export function fallClaim({ comparison, value, step }: ParsedClaim): ParsedClaim {
  return { comparison: MIRRORED[comparison], value: -value, ...(step !== undefined && { step }) };
}

/** `<Claim says>`'s comparisons, read from the end of the text before a number instead. */
const COMPARISONS_BEFORE = COMPARISONS.map(([pattern, comparison]): [RegExp, ParsedClaim['comparison']] => [
  // Across a line break too: "less\nthan 1%" is written as "less than 1%".
  new RegExp(
    `${pattern.source
      .replace(/^\^/, '(?<![\\p{L}])')
      .replace(/\\s\+$/, '')
      .replaceAll(' ', '\\s+')}\\s+$`,
    'iu',
  ),
  comparison,
]);

/** The comparison written just before the number, as `<Claim says>` reads it, and its words. */
export function claimBefore(before: string, value: number): { claim: ParsedClaim; words: string } {
  // The longest words win: "no more than" is at most, though it ends in "more than".
  let found: { claim: ParsedClaim; words: string } | undefined;
  for (const [pattern, comparison] of COMPARISONS_BEFORE) {
    const match = pattern.exec(before);
    if (match && match[0].length > (found?.words.length ?? 0))
      found = { claim: { comparison, value }, words: match[0] };
  }
  // Words are approximate: "a third" is about a third.
  return found ?? { claim: { comparison: '~', value }, words: '' };
}

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
const SUPERLATIVES =
  'largest|biggest|highest|lowest|smallest|most|least|fastest|slowest|best|worst|richest|poorest|busiest|deadliest|oldest|youngest|longest|shortest|strongest|weakest|safest';
/** A rank in words or digits, before a superlative: "the third-largest", "its 5th biggest". */
const RANK_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<ordinal>${ORDINAL_WORDS.join('|')}|\\d{1,3}(?:st|nd|rd|th))[- ](?:${SUPERLATIVES})(?![\\p{L}])`,
  'giu',
);

/** Ranks in words or digits that a superlative makes a claim ("the third-largest"), in order. */
export function findRankWords(text: string): NumberWords[] {
  const found: NumberWords[] = [];
  RANK_WORDS.lastIndex = 0;
  for (let match = RANK_WORDS.exec(text); match; match = RANK_WORDS.exec(text)) {
    const ordinal = match.groups!.ordinal!.toLowerCase();
    const value = /^\d/.test(ordinal) ? Number.parseInt(ordinal, 10) : ORDINAL_WORDS.indexOf(ordinal) + 1;
    if (value < 1) continue;
    found.push({ text: match[0], index: match.index, value, kind: 'rank', claim: { comparison: '=', value } });
  }
  return found;
}

/** Every number written in words in `text`, in order. */
export function findNumberWords(text: string): NumberWords[] {
  const found: NumberWords[] = [];
  if (!MAY_HOLD_WORDS.test(text)) return found;
  // exec, not matchAll: matchAll copies the expression on every call (a third of this scan's time).
  NUMBER_WORDS.lastIndex = 0;
  for (let match = NUMBER_WORDS.exec(text); match; match = NUMBER_WORDS.exec(text)) {
    const { multiple, fraction, large, cardinal = large } = match.groups as Record<string, string | undefined>;
    let written = match[0];
    const index = match.index;
    const [previous, next] = [text[index - 1], text[index + written.length]];
    if ((previous && JOINED.test(previous)) || (next && next !== '-' && JOINED.test(next))) continue;
    const before = text.slice(Math.max(0, index - 32), index);
    const after = text.slice(index + written.length, index + written.length + 24);
    let kind: NumberWordKind;
    let value: number;
    if (multiple) {
      if (multiple.toLowerCase() in MULTIPLE_ADJECTIVES && !MULTIPLIED_FOLLOWS.test(after)) continue;
      kind = 'multiple';
      value = multipleValue(multiple);
    } else if (
      (fraction && POINT_AFTER.test(after)) ||
      // "At one point" is a moment; "one percentage point" and "one per cent" are numbers.
      (cardinal && POINTS_AFTER.test(after) && !(/^one$/i.test(cardinal) && /^\s+points?\b/i.test(after)))
    ) {
      // "a quarter of a point" is 0.25 percentage points and "three points" 3, written as digits
      // would be; the words are as precise as digits: a count to the point, a fraction exactly.
      const count = cardinal && cardinalValue(cardinal);
      value = (count || fractionValue(fraction!)) / 100;
      written += (count ? POINTS_AFTER : POINT_AFTER).exec(after)![0];
      NUMBER_WORDS.lastIndex = index + written.length;
      const rest = text.slice(index + written.length, index + written.length + 24);
      const direction = percentDirection(before, rest);
      const { claim, words } = claimBefore(before, value);
      found.push({
        text: words + written,
        index: index - words.length,
        value,
        kind: 'points',
        claim,
        ...(direction && { direction }),
        ...(count && { step: (Number.isInteger(count) ? 1 : 0.5) / 100 }),
        ...(words && { qualified: claim }),
      });
      continue;
    } else if (fraction && fraction.toLowerCase() === 'half' && HALF_AGAIN.test(after)) {
      // "half as much again": one and a half times.
      kind = 'multiple';
      value = 1.5;
      written += HALF_AGAIN.exec(after)![0];
      NUMBER_WORDS.lastIndex = index + written.length;
    } else if (fraction && OF_A_LARGE_NUMBER.test(after)) {
      // "a quarter of a million": a count, as "250,000" is.
      const [of, scale] = OF_A_LARGE_NUMBER.exec(after)!;
      kind = 'cardinal';
      value = fractionValue(fraction) * SCALE_WORDS[scale!.toLowerCase()]!;
      written += of;
      NUMBER_WORDS.lastIndex = index + written.length;
    } else if (fraction) {
      if (OF_A_MEASURE.test(after)) continue;
      kind = 'fraction';
      const single = /^(?:a|one)[- ]/i.test(fraction);
      if (fraction.toLowerCase() === 'half') {
        if (HALF_OF_A_PERIOD.test(before)) continue;
        if (!HALF_QUALIFIED.test(before) && !/^\s+(?:of|the)\b/i.test(after)) continue;
      } else if (single && !SHARE_FOLLOWS.test(after)) {
        continue;
      }
      value = fractionValue(fraction);
    } else {
      if (
        NAMING.test(before) ||
        (AGE_LIMIT_BEFORE.test(before) && cardinalValue(cardinal!) <= MAX_AGE) ||
        NAMES_A_PERIOD.test(after) ||
        AGE_OR_WINDOW_AFTER.test(after) ||
        endsRatio(before, cardinalValue(cardinal!), after)
      )
        continue;
      const ratio = ratioAfter(
        text.slice(index + written.length, index + written.length + 48),
        cardinalValue(cardinal!),
      );
      if (ratio) {
        // "one in five": a fraction, read whole.
        kind = 'fraction';
        value = cardinalValue(cardinal!) / ratio.denominator;
        written = text.slice(index, index + written.length + ratio.length);
        NUMBER_WORDS.lastIndex = index + written.length;
      } else {
        kind = 'cardinal';
        // A bare "one", "a" or "an" is no count; "one million" and "a thousand" are.
        if (/^(?:one|an?)$/i.test(cardinal!)) continue;
        value = cardinalValue(cardinal!);
      }
    }
    // The claim is the whole phrase: "more than three times".
    const { claim, words } = claimBefore(before, value);
    const direction =
      kind === 'fraction' ? fractionDirection(before.slice(0, before.length - words.length), after) : undefined;
    found.push({
      text: words + written,
      index: index - words.length,
      value,
      kind,
      claim: direction === 'fall' ? fallClaim(claim) : claim,
      ...(direction && { direction }),
      // A count with a comparison written before it ("more than thirty billion") is bound as
      // digits with one are; a bare count only by its own value.
      ...(kind === 'cardinal' && words && { qualified: claim }),
    });
  }
  return found;
}
