/**
 * Figure coverage: the numbers a reader sees in the prose, so each can be traced to a figure.
 *
 * Rules (documented in EDITING.md, "Numbers in the text"):
 * - A number is a run of digits with optional thousands commas and decimals ("133,000", "2.5"),
 *   optionally followed by "%" / "per cent" / "pc", by percentage points ("3pp", "3 percentage
 *   points", hyphenated as adjectives: "a 9.4-per-cent fall", "a 1.7 percentage-point rise"), by
 *   thousand, million, billion or trillion (or bn, tn), by a multiple's "x" ("2.5x"), or by a
 *   unit of measure written against it ("40km", "3.2GW", "1.5C"). Money is read with its
 *   currency: "$1.2bn", "€100 billion", "US$2.7 trillion", "RUB 5 billion", "£3m", and pence as
 *   pounds ("80p" is 0.8).
 * - A minus sign starting a number is its sign ("−9.4%"), and the first number of a range shares
 *   the second's share or scale ("10–15%", "£2-3bn"), when it is the smaller ("500,000 to 1.5
 *   million" is no range of millions). Both ends are numbers, with a hyphen too ("40,000-50,000"),
 *   so a range figure binds them only when it states both.
 * - Not counted:
 *   - numbers that name rather than count: "9/11", "24/7", "No. 5", "Article 8", "section 3";
 *   - the base of a rate: "per 1,000 inhabitants", "for every 1,000";
 *   - ages and times: "aged 18 to 34", "a 40-year-old", "10:30", "5 pm", the window of an
 *     average ("a seven-day average"), and the end of a span of years ("2024–25");
 *   - digits that are part of a word or code: "G7", "COVID-19", "1990s", "21st";
 *   - years: whole numbers from 1000 to 2999 written without a comma ("2023");
 *   - days of the month: a number from 1 to 31 right after or before a month name or its
 *     abbreviation ("October 1", "Oct. 2", "1 October");
 *   - anything in code, in an expression or inside a component (a <Fig> is already bound).
 * - Numbers in words ("three times", "a third", "twenty-five") are read too, by `findNumberWords`.
 * - A ratio ("1 in 5", "9 out of 10") is a fraction, about 1/5, as "one in five" is.
 * - A percentage that is the size of a fall or a rise ("fell 30%", "a 30% cut") says so in
 *   `direction` (`changeDirection.ts`), so a figure of -30% can bind it.
 */
import { SCALES, type ParsedClaim } from '../facts/evaluateClaim.ts';
import { MONTH_NAMES } from '../facts/partialDate.ts';
import { percentDirection, type Direction } from './changeDirection.ts';
import {
  AGE_LIMIT_BEFORE,
  AGE_OR_WINDOW_AFTER,
  MAX_AGE,
  claimBefore,
  endsRatio,
  findNumberWords,
  findRankWords,
  NAMES_A_PERIOD,
  ratioAfter,
  type NumberWords,
} from './findNumberWords.ts';

/** Text with no superlative has no rank in words: most text is passed over by this test alone. */
const MAY_RANK = /est\b|most\b|least\b|best\b|worst\b/i;

export interface ProseNumber {
  /** The number as written: "133,000", "40%", "1.5 million". */
  text: string;
  /** Offset of `text` in the string searched. */
  index: number;
  /** Its value as a figure would hold it: 40% is 0.4, "1.5 million" is 1500000. */
  value: number;
  /** For a number in words: whether it counts, multiplies or divides, and the comparison it makes. */
  words?: Pick<NumberWords, 'claim'> & { kind: Exclude<NumberWords['kind'], 'points'> };
  /** The size of a fall or a rise ("fell 30%", "rose by a third"): `value` is the size. */
  direction?: Direction;
  /** For digits, the precision they are written with: 0.1e6 for "7.8 million", 0.01 for "14%". */
  step?: number;
  /**
   * "7.04m" with no currency may be metres or millions: its value read as millions; "12 points"
   * may be percentage points or a count of points: its value read as a count.
   */
  orScaled?: number;
  /** For an amount in digits: "for each", "per", "a" after it ("110 for each store"), one thing per another. */
  perItem?: true;
  /** For an amount in digits, the word after it, which may name what it counts ("10 years"). */
  wordAfter?: string;
  /** For an amount in digits: "a day", "a week", "a month" after it, as the periods in a year. */
  perPeriod?: number;
  /** For digits, or points in words: what they measure, a percentage or points, money, or another amount. */
  measure?: Measure;
  /**
   * For digits, or points or a count in words, the comparison written before them, as `<Claim
   * says>` reads it: "nearly 8 points" is about 0.08, "over £20" more than 20, "more than thirty
   * billion" more than 3e10. A fall's is of the size.
   */
  qualified?: ParsedClaim;
}

export type Measure = 'share' | 'money' | 'amount';

/** Month names and the abbreviations editors write: "October", "Oct", "Sept". */
const MONTHS = [
  ...MONTH_NAMES,
  ...MONTH_NAMES.map((name) => name.slice(0, 3)).filter((short) => short !== 'may'),
  'sept',
];
const MONTH = `(?:${MONTHS.join('|')})`;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTH}\\b`, 'i');
/** The first day of a span of days before a month ("3–5 December", "3 and 4 May"), the last after one ("December 3–5"). */
const DAYS_TO = String.raw`\s*(?:[–—-]|\s(?:to|and)\s)\s*`;
const DAY_SPAN_AFTER = new RegExp(`^${DAYS_TO}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i');
const DAY_SPAN_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?${DAYS_TO}$`, 'i');

const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/**
 * A percentage or percentage points after a number, hyphenated too when it is an adjective:
 * "9.4%", "9.4 per cent", "9.4pc", "a 9.4-per-cent fall", "3pp", "a 1.7 percentage-point rise",
 * and basis points, hundredths of a point: "25bp", "25 bps", "a 25-basis-point cut".
 * Not "a 10-point plan": a point alone is a percentage point only after a space ("4 points").
 */
const SHARE = String.raw`(\s?%|[\s-](?:per[\s-]?cent|percent)\b|\s?p[cp]\b|\s?ppts?\b|\s?bps?\b|[\s-]basis[\s-]points?\b|\s(?:percentage[\s-])?points?\b|-percentage-points?\b)?`;

/** A scale after a number: "1.5 million", "40bn", "£3m". */
const SCALE = String.raw`(?:\s(thousand|million|billion|trillion)\b|\s?(bn|tn|mn|m|k|b)\b|(p)(?![\p{L}\p{N}]))?`;

/**
 * Units of measure written against a number: "40km", "3.2GW", "1.5C", "30mph". Without them
 * such a number would read as part of a word ("G7", "1990s") and pass unread.
 */
const UNIT_SYMBOL = String.raw`(?:km\/h|km|kg|mph|kph|[kMGT]Wh?|ha|ft|cm|mm|mi|°[CF]|[CF]|[kMG]t)(?![\p{L}\p{N}])`;

const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/:]|[\p{L}\p{N}]-)` +
    // A minus sign (a true one, or a hyphen) that starts a word: "−9.4%", "a change of -3".
    String.raw`((?<![^\s(\[])[−-])?` +
    String.raw`((?:US|A|C|NZ|HK)?\$|€|£|¥|₽|₹|(?:USD|EUR|GBP|RUB|JPY|CNY|CHF|INR)\s?)?` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?` +
    SHARE +
    SCALE +
    // A multiple's "x" ("2.5x") is part of the number, and so is a unit written against it ("40km").
    String.raw`(?:x(?![\p{L}\p{N}])|${UNIT_SYMBOL})?` +
    // A colon right after digits is a time or a ratio ("10:30", "3:1"); after "%" it ends a clause.
    String.raw`(?![\p{L}\p{N}_/]|(?<=\d):|[.,]\d)`,
  'giu',
);

/**
 * The end of a range after a number, whose share or scale the number shares: "10–15%" is 10% to
 * 15%, "£2-3bn" £2bn to £3bn, "10 to 15 million" 10 million to 15 million.
 */
const RANGE_END = new RegExp(
  String.raw`^(\s?[–—-]\s?|\sto\s)((?:(?:US|A|C|NZ|HK)?\$|€|£|¥|₽|₹)?(\d[\d,]*(?:\.\d+)?)` + SHARE + SCALE + ')',
  'iu',
);

/** Words before a number that make it a name, a rate's base or an age, not a claim. */
const NAMING =
  /(?:\bno\.?|\bnumber|\barticle|\bart\.|\bsection|\bparagraph|\bclause|\bchapter|\brule|\bresolution|\bper|\bfor every|\baged?|\bages)\s+$/i;
/** "aged 18 to 34": the second age. */
const AGE_RANGE_BEFORE = /\bage[ds]?\s+\d+\s*(?:to|–|-)\s*$/i;
/** "winter 2024–25": the end of a span of years. */
/** "a 95% confidence interval", "the 90% CI": the level of a statistical interval, not data. */
const CONFIDENCE_AFTER = /^\s+(?:(?:confidence|credible|prediction)\s+(?:intervals?|levels?|bounds?)|CI)\b/i;
const YEAR_SPAN_BEFORE = /\b(?:1|2)\d{3}\s?[–—/-]\s?$/;
const TIME_AFTER = /^\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu;

/** "a quarter of a point" is as precise as "0.25 percentage points". */
const POINTS_IN_WORDS_STEP = 0.0001;

/** Every number in `text`, in digits or in words, in order. */
export function findProseNumbers(text: string): ProseNumber[] {
  const digits = findDigits(text);
  const words = [...findNumberWords(text), ...(MAY_RANK.test(text) ? findRankWords(text) : [])];
  if (words.length === 0) return digits;
  const inWords = words.map(({ text: written, index, value, kind, claim, direction, step, qualified }) => ({
    text: written,
    index,
    value,
    // Points in words bind as the same points in digits do ("0.25 percentage points", "3 points").
    ...(kind === 'points'
      ? {
          step: step ?? POINTS_IN_WORDS_STEP,
          measure: 'share' as const,
          ...(qualified && { qualified }),
          // "eight points" may count a league's points, as "8 points" may.
          ...(/[\s-]points?$/i.test(written) && !/percentage/i.test(written) && { orScaled: value * 100 }),
        }
      : { words: { kind, claim }, ...(kind === 'cardinal' && qualified && { qualified }) }),
    ...(direction && { direction }),
  }));
  return [...digits, ...inWords].sort((a, b) => a.index - b.index);
}

/** After an amount: what it is counted for each of ("110 for each store", "2.2 a game", "£960,000 per store"). */
const PER_ITEM_AFTER = /^\s+(?:for\s+)?(?:each|every|apiece)\b|^\s+(?:per|an?)\s+\p{L}/iu;
/** After an amount: a rate per day, week or month ("750 a day", "£20 per week"). */
const PER_PERIOD = /^\s+(?:a|an|per|each|every)\s+(day|week|month)\b/i;
const PERIODS_IN_A_YEAR: Record<string, number> = { day: 365, week: 52, month: 12 };

/** After digits: the "times" of a multiple, when a comparison follows ("3 times as many", "2.5 times higher"). */
const MULTIPLE_AFTER =
  /^\s+times(?=\s+(?:as|more|less|fewer|higher|lower|larger|bigger|smaller|greater|faster|slower|the|that|what|over)\b)/i;

/** What the digits are multiplied by for their share, scale or pence: "40%" 0.01, "3bn" 1e9, "80p" 0.01. */
function multiplierOf(
  share: string | undefined,
  scale: string | undefined,
  shortScale: string | undefined,
  pence: string | undefined,
  currency: string | undefined,
): number {
  if (pence && !currency) return 1 / 100; // "80p" is 80 pence, £0.80, as a figure in GBP holds it.
  if (shortScale) return SHORT_SCALES[shortScale.toLowerCase()]!;
  if (scale) return SCALES[scale.toLowerCase()]!;
  if (share && /bp|basis/i.test(share)) return 1 / 10_000;
  return share ? 1 / 100 : 1;
}

function findDigits(text: string): ProseNumber[] {
  const found: ProseNumber[] = [];
  // exec, not matchAll: matchAll copies the expression on every call (a third of this scan's time).
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    let [written, minus, currency, whole, fraction, share, scale, shortScale, pence] = match as unknown as [
      string,
      string | undefined,
      string | undefined,
      string,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
      string | undefined,
    ];
    let index = match.index;
    // A hyphen after a number and a space is a range's dash, not a sign: "10 -15%".
    if (minus && /[\d%]\s+$/.test(text.slice(Math.max(0, index - 4), index))) {
      [written, minus, index] = [written.slice(minus.length), undefined, index + minus.length];
    }
    const before = text.slice(Math.max(0, index - 24), index);
    const after = text.slice(index + written.length, index + written.length + 40);
    // A range's end: its share or scale is the start's too ("10–15%", "£2-3bn"), when it is the
    // larger number ("500,000 to 1.5 million" is no range of millions).
    const end = RANGE_END.exec(after);
    const endNumber = end ? Number(end[3]!.replaceAll(',', '')) : Number.NaN;
    const ascending = Number(`${whole.replaceAll(',', '')}${fraction ?? ''}`) <= endNumber;
    if (end && ascending && !share && !scale && !shortScale) [, , , , share, scale, shortScale] = end;
    // A short scale ("5m", "3k") is a scale only after a currency: alone it may be metres.
    const scaled = shortScale && (currency || /^(?:bn|tn)$/i.test(shortScale)) ? shortScale : undefined;
    if (
      NAMING.test(before) ||
      (!share && !currency && AGE_LIMIT_BEFORE.test(before) && Number(whole.replaceAll(',', '')) <= MAX_AGE) ||
      (!share && !currency && !fraction && (NAMES_A_PERIOD.test(after) || AGE_OR_WINDOW_AFTER.test(after))) ||
      (!share && !currency && !fraction && endsRatio(before, Number(whole.replaceAll(',', '')), after)) ||
      AGE_RANGE_BEFORE.test(before) ||
      (!currency && whole.length === 2 && YEAR_SPAN_BEFORE.test(before)) ||
      (share && CONFIDENCE_AFTER.test(after))
    ) {
      continue;
    }
    const ratio =
      !share && !currency && !fraction && !minus ? ratioAfter(after, Number(whole.replaceAll(',', ''))) : undefined;
    if (ratio) {
      // "1 in 5" is a fraction, as "one in five" is: about 1/5 of something.
      const value = Number(whole.replaceAll(',', '')) / ratio.denominator;
      // With the comparison before it, as for words: "under 1 in 20" is less than 1/20.
      const { claim, words: compared } = claimBefore(before, value);
      found.push({
        text: `${compared}${written}${after.slice(0, ratio.length)}`,
        index: index - compared.length,
        value,
        words: { kind: 'fraction', claim: compared ? claim : { comparison: '~', value } },
      });
      continue;
    }
    if (!currency && !share && TIME_AFTER.test(after)) continue;
    const digits = whole.replaceAll(',', '');
    const isWhole =
      minus === undefined &&
      currency === undefined &&
      fraction === undefined &&
      share === undefined &&
      scale === undefined &&
      shortScale === undefined &&
      pence === undefined;
    if (isWhole && !whole.includes(',') && digits.length === 4 && Number(digits) >= 1000 && Number(digits) <= 2999) {
      continue;
    }
    const number = Number(`${digits}${fraction ?? ''}`);
    if (isWhole && number >= 1 && number <= 31) {
      if (MONTH_BEFORE.test(before.slice(-12)) || MONTH_AFTER.test(after)) continue;
      if (DAY_SPAN_AFTER.test(after) || DAY_SPAN_BEFORE.test(before)) continue;
    }
    const multiplier = multiplierOf(share, scale, scaled, pence, currency);
    const value = number * multiplier;
    const step = 10 ** -(fraction ? fraction.length - 1 : 0) * multiplier;
    const maybeScaled = shortScale && !scaled ? number * SHORT_SCALES[shortScale.toLowerCase()]! : undefined;
    const orScaled = maybeScaled && (minus ? -maybeScaled : maybeScaled);
    if (minus) {
      // A signed number is its own direction: it binds a figure of that value as it is.
      found.push({ text: written, index, value: -value, step, ...(orScaled && { orScaled }) });
      continue;
    }
    const { claim, words: compared } = claimBefore(before, value);
    // "2.5x", "3.5 times as many": a multiple, read as "three times" is, as precise as its digits.
    const plain = !currency && !share && !scale && !shortScale && !pence;
    const times = plain ? MULTIPLE_AFTER.exec(after)?.[0] : undefined;
    if (plain && (times !== undefined || /\dx$/i.test(written))) {
      found.push({
        text: `${compared}${written}${times ?? ''}`,
        index: index - compared.length,
        value,
        words: { kind: 'multiple', claim: { ...claim, comparison: compared ? claim.comparison : '=', step } },
      });
      continue;
    }
    // "fell 30%", "a 30% cut", and of any amount "fell 2.1p", "£20 cheaper", "5,000 fewer".
    const direction = percentDirection(before, after);
    const measure = share ? 'share' : currency || pence ? 'money' : 'amount';
    const period = share ? undefined : PER_PERIOD.exec(after)?.[1]?.toLowerCase();
    // "a 12-point lead", "88 points": points alone may count a league's points, not percentage points.
    const counted = share && /^[\s-]points?$/i.test(share) ? number : orScaled;
    found.push({
      text: written,
      index,
      value,
      step,
      ...(counted && { orScaled: counted }),
      ...(!share && PER_ITEM_AFTER.test(after) && { perItem: true as const }),
      ...(measure === 'amount' && { wordAfter: /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() }),
      ...(direction && { direction }),
      measure,
      ...(compared && { qualified: claim }),
      ...(period && { perPeriod: PERIODS_IN_A_YEAR[period] }),
    });
    // The range's end is a number of its own, read with the start's share, scale and currency:
    // "40,000-50,000" and "£2-3bn", whose hyphen the expression takes for part of a word.
    if (end && ascending) {
      const endFraction = /\.(\d+)$/.exec(end[3]!)?.[1];
      // Its own suffix, when it has one ("£1.2m-£1.5bn"), else the one it shares with the start.
      const [, , , , endShare, endScale, endShort, endPence] = end;
      const endScaled = endShort && (currency || /^(?:bn|tn)$/i.test(endShort)) ? endShort : undefined;
      const endMultiplier =
        endShare || endScale || endScaled || endPence
          ? multiplierOf(endShare, endScale, endScaled, endPence, currency)
          : multiplier;
      found.push({
        text: end[2]!,
        index: index + written.length + end[1]!.length,
        value: endNumber * endMultiplier,
        step: 10 ** -(endFraction?.length ?? 0) * endMultiplier,
        ...(direction && { direction }),
        measure,
      });
      NUMBER.lastIndex = index + written.length + end[0].length;
    }
  }
  return found;
}
