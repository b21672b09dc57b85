/**
 * Which figure or fact stands behind a number a reader sees outside a `<Fig>` or `<Claim>`.
 *
 * Rules:
 * - A number in digits, or a count in words ("four countries"), is backed by a figure or fact
 *   with exactly that value (either end of a range counts); a count in words only by a count, a
 *   plain number or an amount, never by a rank, a year or a multiple ("two regions" is no "2nd");
 *   a place in words ("the third-largest") only by a rank.
 *   Digits that round a figure or fact as written ("7.8 million" for 7.77 million) are not backed
 *   by it, but name it as the closest, so the message can say what it states; a fact they round
 *   is named apart (`roundedFact`): a field, which holds no `<Claim>`, may state a computed number
 *   rounded ("fell 2%" of −2.07 %), as a `<Claim says="-2%">` in the body would. "7.04m" with no
 *   currency (metres, or millions) is backed by a figure of either value.
 * - A multiple or fraction in words ("three times", "a third") is approximate: it is backed by a
 *   fact or figure whose value, anywhere in its interval, bears out the comparison the words make
 *   ("more than three times" needs more than 3; "a third" within a tenth of 1/3). A multiple is
 *   read against multiples and against 1 + a change, a signed percentage or a fact computing one
 *   ("doubled" is a rise of 100 %, and the `<Claim>` offered says so: `claimFor`); a fraction
 *   against percentages.
 * - A fraction of a fall ("fell by a third") claims a negative change, read against the signed
 *   percentage as it is (`findNumberWords`); a fraction of a rise, a positive one. A percentage of
 *   a fall ("fell 30%") is backed by a change of -30 %, or by a figure of 30 % that is no change.
 * - Words a stated figure bears out are backed by it; a fact that bears them out too is named
 *   (`fact`), since only a fact can check them in the body.
 * - Where nothing backs it, the closest candidate of the right kind is named, so the message can
 *   say what Tally computes instead: a fact before a figure, and for a rise or a fall, a change
 *   before any other value. For words, only within a factor of two: "nine times" beside a rise of
 *   141.7 % (2.4 times) names nothing. A fraction with no word of direction that is the size of a fall a
 *   fact computes ("a fall of 9.4%, or about a tenth") names that fact with the claim it would
 *   bind as (`about -1/10`), never the claim as written, which the fall would make false.
 */
import pluralize from 'pluralize';
import { bearsOut, claimHalfWidth, CLAIM_WORDS, SCALES, type ParsedClaim } from '../facts/evaluateClaim.ts';
import type { ValueFormat } from '../facts/formatValue.ts';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import { writtenUnitCurrency } from '../facts/units.ts';
import type { ArticleData } from '../schema/article.ts';
import type { Measure, ProseNumber } from './findProseNumbers.ts';
import { fallClaim } from './findNumberWords.ts';

/** A figure or fact a number may stand for, in the terms a comparison needs. */
export interface NumberBacker {
  id: string;
  kind: 'figure' | 'fact';
  value: number;
  low: number;
  high: number;
  /** The other end of a range, when the figure is one. */
  otherEnd?: number;
  format: ValueFormat;
  signed: boolean;
  /** What it counts, as data ("people", "GBP"), when it has a unit. */
  unit?: string;
  /** An amount of money: its unit is a currency, or a currency per something ("USD/person"). */
  money: boolean;
  /** A fact computing a change over its base (`(now - then) / then`), signed or not. */
  change?: boolean;
  /** As the page shows it, or the bare value when the article did not resolve. */
  display: string;
}

export interface NumberBinding {
  /** The first figure or fact that bears the number out: a figure, when one does. */
  backer?: NumberBacker;
  /** For words: a fact that bears them out, which a `<Claim>` can bind them to. */
  fact?: NumberBacker;
  /** Nothing backs the number: the candidate of the right kind nearest to it. */
  closest?: NumberBacker;
  /** `closest` is a fall whose size the words give: the claim a `<Claim>` on it would make. */
  sizeOfFall?: ParsedClaim;
  /** For digits: a fact they round as written ("fell 2%" of −2.07 %), which a field may state so. */
  roundedFact?: NumberBacker;
}

/** Formats a count in words can stand for: not a rank, a year, a multiple or a percentage. */
const COUNTED = new Set(['count', 'number', 'compact']);
/** Formats a ratio of two figures may divide: amounts, or two multiples, or two percentages. */
const RATIO_FORMATS = new Set([...COUNTED, 'multiple', 'percent']);
/** What a figure is, for a ratio: an amount, a multiple or a percentage. */
const kindOf = ({ format }: NumberBacker) => (COUNTED.has(format) ? 'amount' : format);

/** Digits written as percentage points: "3 points", "3pp", "25bp", "a 1.7 percentage-point rise". */
const POINTS_WRITTEN = /pp|point|\dbps?\b|basis/i;

/**
 * Whether digits can stand for this figure: points only for percentage points, never a percentage,
 * or for a count of points ("a 12-point lead" of a figure in `unit: points`).
 */
function fitsDigits(number: ProseNumber, { format, unit }: Pick<NumberBacker, 'format' | 'unit'>): boolean {
  return format === 'points' || /^points?$/i.test(unit ?? '') || !POINTS_WRITTEN.test(number.text);
}

/** Whether a number of this kind in words can stand for a figure of this format: a place for a rank. */
function fitsWords(kind: string | undefined, format: ValueFormat): boolean {
  if (kind === 'rank') return format === 'rank';
  return kind === undefined || COUNTED.has(format);
}

/** The article's figures and facts as backers; only the figures when it did not resolve. */
export function numberBackers(data: ArticleData, article: ResolvedArticle | undefined): NumberBacker[] {
  if (article) {
    return [...article.figures, ...article.facts].map((item) => ({
      id: item.id,
      kind: item.kind,
      value: item.range ? item.range[0] : item.value,
      otherEnd: item.range?.[1],
      low: item.interval.low,
      high: item.interval.high,
      format: item.format,
      signed: item.style.signed === true,
      unit: item.unit,
      money: item.style.currency !== undefined,
      ...(item.kind === 'fact' && item.isChange && { change: true }),
      display: item.display,
    }));
  }
  return Object.entries(data.figures).map(([id, figure]) => {
    const [low, high] = Array.isArray(figure.value) ? figure.value : [figure.value, figure.value];
    return {
      id,
      kind: 'figure' as const,
      value: low,
      otherEnd: high === low ? undefined : high,
      low,
      high,
      format: figure.format ?? 'number',
      signed: figure.signed === true,
      unit: figure.unit,
      money: writtenUnitCurrency(figure.unit) !== undefined,
      display: String(low),
    };
  });
}

export function bindNumber(number: ProseNumber, backers: readonly NumberBacker[]): NumberBinding {
  const words = number.words;
  if (!words || words.kind === 'cardinal' || words.kind === 'rank') {
    const holds = (value: number) => (candidate: NumberBacker) =>
      fitsDigits(number, candidate) &&
      (sameNumber(candidate.value, value) ||
        (candidate.otherEnd !== undefined && sameNumber(candidate.otherEnd, value)));
    // A fall is a negative change; a figure that is no change may state its size ("a cut of 30%").
    const backer =
      number.direction === 'fall'
        ? (backers.find(holds(-number.value)) ??
          backers.find((candidate) => !isChange(candidate) && holds(number.value)(candidate)))
        : (backers.find((candidate) => fitsWords(words?.kind, candidate.format) && holds(number.value)(candidate)) ??
          (number.orScaled === undefined ? undefined : backers.find(holds(number.orScaled))));
    if (backer) return { backer };
    // "nearly 8 points", "more than thirty billion": a figure or fact that bears out the
    // comparison, as a <Claim> would judge it.
    const qualified = number.qualified && bearingOut(number.qualified, number, backers);
    if (qualified || number.step === undefined) return { backer: qualified };
    // Digits that round a figure ("7.8 million" for 7.77 million) name it, to write it as stated.
    const half = number.step / 2 + 1e-9 * Math.abs(number.value);
    const signed = number.direction === 'fall' ? -number.value : number.value;
    const rounds = (candidate: NumberBacker) =>
      fitsDigits(number, candidate) &&
      [candidate.value, candidate.otherEnd].some((end) => end !== undefined && Math.abs(end - signed) <= half);
    // A fact the digits round as written, as a <Claim says> of those digits would hold.
    const rounded = backers.find((candidate) => candidate.kind === 'fact' && rounds(candidate));
    return { closest: backers.find(rounds), ...(rounded && { roundedFact: rounded }) };
  }
  let closest: { backer: NumberBacker; distance: number } | undefined;
  let figure: NumberBacker | undefined;
  // Of the facts that bear the words out, the nearest: "nearly 3 in 10" is a share of 28.9 %
  // before a rise of 33.4 %, though both lie within its window.
  let agreeing: { backer: NumberBacker; distance: number } | undefined;
  // A fact a bound holds for, though far from it ("more than double" of 3.5×): a <Claim> checks it.
  let far: NumberBacker | undefined;
  const distanceOf = (low: number, high: number, backer: NumberBacker) =>
    Math.min(Math.abs(low - words.claim.value), Math.abs(high - words.claim.value)) +
    (number.direction && !isChange(backer) ? 1e3 : 0);
  for (const backer of backers) {
    for (const [low, high] of readings(backer, words.kind)) {
      if (agrees(words.claim, low, high, backer.format)) {
        const distance = distanceOf(low, high, backer);
        if (backer.kind === 'fact' && (!agreeing || distance < agreeing.distance)) agreeing = { backer, distance };
        if (backer.kind === 'figure' && !agreeing) figure ??= backer;
        break;
      }
      if (backer.kind === 'fact' && agrees(words.claim, low, high, backer.format, { anywhere: true })) far ??= backer;
      // Only a candidate within a factor of two can be what the words meant to state; a change
      // of the other sign is named all the same ("rose by a third" of a fall of 33.3 %).
      const ratio = (end: number) => Math.abs(end / words.claim.value);
      if (![low, high].some((end) => ratio(end) >= 0.5 && ratio(end) <= 2)) continue;
      // Facts first: a stated figure is what the words repeat, a fact what checks them.
      const distance = distanceOf(low, high, backer) + (backer.kind === 'fact' ? 0 : 1e6);
      if (!closest || distance < closest.distance) closest = { backer, distance };
    }
  }
  if (agreeing) return { backer: figure ?? agreeing.backer, fact: agreeing.backer };
  if (figure) return { backer: figure };
  if (far) return { fact: far };
  if (words.kind === 'fraction' && !number.direction) {
    const claim = fallClaim(words.claim);
    const fall = backers.find(
      (backer) => backer.kind === 'fact' && isChange(backer) && agrees(claim, backer.low, backer.high, backer.format),
    );
    if (fall) return { closest: fall, sizeOfFall: claim };
  }
  return { closest: closest?.backer };
}

/** A formula over two figures that bears out a number no fact checks, and the claim a `<Claim>` on it makes. */
export interface RatioBearingOut {
  formula: string;
  value: number;
  format: ValueFormat;
  claim: ParsedClaim;
  /** The other end, when a figure is a range: "up to 11%" of `(guidance - profit) / profit`. */
  high?: number;
  /** The digits state it only roughly ("40%" of 41.7%): the claim is "about" them, and the text should say so. */
  roughly?: true;
  /** An input is approximate ("over 2,900"): a `<Claim>` on the ratio can say only that it may hold. */
  approximate?: true;
}

/** A figure or fact known only within an interval ("over 2,900", "about 8.1 billion"), not a range. */
function isApproximate(backer: NumberBacker): boolean {
  return backer.otherEnd === undefined && backer.low !== backer.high;
}

/** An amount per another thing: a count, or money, over a count of something else (`staff / stores`). */
function isPerItem(above: NumberBacker, below: NumberBacker, money: boolean): boolean {
  return kindOf(above) === 'amount' && above.unit !== below.unit && !below.money && above.money === money;
}

/** A formula over two figures and the lowest and highest values it gives. */
type Combination = [formula: string, low: number, high: number];

/** `above / below`, or of a rise or fall `(above - below) / below`, if the two divide. */
function ratioOf(
  above: NumberBacker,
  below: NumberBacker,
  number: ProseNumber,
  perItem: boolean,
): Combination | undefined {
  const divides = perItem ? isPerItem(above, below, number.measure === 'money') : above.unit === below.unit;
  if (!divides) return undefined;
  // Of a range, from its low end over the other's high to its high over the other's low.
  const least = above.value / (below.otherEnd ?? below.value);
  const most = (above.otherEnd ?? above.value) / below.value;
  return number.direction
    ? [`(${above.id} - ${below.id}) / ${below.id}`, least - 1, most - 1]
    : [`${above.id} / ${below.id}`, least, most];
}

/** `above - below`, for two amounts of one unit that the number measures as it does. */
function differenceOf(above: NumberBacker, below: NumberBacker, number: ProseNumber): Combination | undefined {
  if (kindOf(above) !== 'amount' || above.unit !== below.unit || above.money !== (number.measure === 'money'))
    return undefined;
  // Of a range, from its low end less the other's high to its high less the other's low.
  return [
    `${above.id} - ${below.id}`,
    above.value - (below.otherEnd ?? below.value),
    (above.otherEnd ?? above.value) - below.value,
  ];
}

/**
 * The one ratio of two figures that bears out a number no fact checks: a fraction or
 * multiple in words ("roughly a quarter" beside `headroom` and `taxRises` is `headroom /
 * taxRises`, 24.8 %), a percentage in digits as a share (`part / whole`), and the size of a rise
 * or fall in digits as a change ("a drop of 2%" beside `cap` and `forecast` is `(forecast - cap) /
 * cap`, −2.1 %); of a range, the ratio is a range ("up to 11%" of `(guidance - profit) / profit`,
 * 3.6–10.7 %). An amount in digits is read as one thing per another ("roughly 110 for each store"
 * is `staff / stores`, two units; money only over a count), and the size of its rise or fall as a
 * difference ("almost 5,000 fewer" beside 50,510 and 55,490 is `now - before`, −4,980). Undefined
 * when none does, or more than one (the number could mean either).
 */
export function ratioBearingOut(number: ProseNumber, backers: readonly NumberBacker[]): RatioBearingOut | undefined {
  const words = number.words;
  const inWords = (words?.kind === 'fraction' || words?.kind === 'multiple') && !number.direction;
  const inDigits = !words && number.measure === 'share' && number.value > 0 && number.value < 1;
  // "roughly 110 for each store", "£960,000 a store": one amount per another thing.
  const perItem = number.perItem === true && !number.direction && number.value > 0;
  // "almost 5,000 fewer", "£21 more": an amount's rise or fall, the difference of two amounts.
  const difference = !words && number.direction !== undefined && number.measure !== 'share' && number.value > 0;
  if (!inWords && !inDigits && !perItem && !difference) return undefined;
  const format: ValueFormat = words?.kind === 'multiple' ? 'multiple' : perItem || difference ? 'number' : 'percent';
  const fall = number.direction === 'fall';
  // Digits hold as rounded to the digits written, as `<Claim says>` reads them ("40%" to the point).
  const claim = words?.claim ?? {
    comparison: number.qualified?.comparison ?? '=',
    value: number.qualified?.value ?? number.value,
    ...(number.step !== undefined && { step: number.step }),
  };
  const signed = fall ? fallClaim(claim) : claim;
  // Amounts, and multiples or percentages over their own kind: 7.7× over 4× is "almost double".
  const amounts = backers.filter(
    (backer) => backer.kind === 'figure' && RATIO_FORMATS.has(backer.format) && backer.value > 0,
  );
  const search = (wanted: ParsedClaim): RatioBearingOut | undefined => {
    const found: RatioBearingOut[] = [];
    for (const above of amounts) {
      for (const below of amounts) {
        if (above === below || kindOf(above) !== kindOf(below)) continue;
        const combined = difference ? differenceOf(above, below, number) : ratioOf(above, below, number, perItem);
        if (!combined) continue;
        const [formula, low, high] = combined;
        if (!perItem && !number.direction && (format === 'percent') !== high < 1) continue;
        if (agrees(wanted, low, high, format)) {
          found.push({
            formula,
            value: low,
            ...(high !== low && { high }),
            format,
            claim: wanted,
            ...((isApproximate(above) || isApproximate(below)) && { approximate: true }),
          });
        }
      }
    }
    // "750 a day" of a year's 277,000: a figure or fact over the days, weeks or months in a year.
    const periods = perItem ? number.perPeriod : undefined;
    for (const total of periods ? backers : []) {
      if (total.otherEnd !== undefined || total.value <= 0 || kindOf(total) !== 'amount') continue;
      if (total.money !== (number.measure === 'money')) continue;
      const value = total.value / periods!;
      if (agrees(wanted, value, value, format)) {
        found.push({
          formula: `${total.id} / ${periods}`,
          value,
          format,
          claim: wanted,
          ...(isApproximate(total) && { approximate: true }),
        });
      }
    }
    return found.length === 1 ? found[0] : undefined;
  };
  const exact = search(signed);
  // An amount is no share: only the comparison written before it may widen it.
  if (exact || signed.comparison !== '=' || perItem || difference) return exact;
  // "40%" of a computed 41.7%: the ratio bears out "about 40%", which the text should then say.
  const about = search({ comparison: '~', value: signed.value });
  return about && { ...about, roughly: true };
}

/**
 * The fact, else the figure, that bears out a comparison written before digits ("over £20",
 * "nearly 8 points"): of a fall, the change is minus that much, or a figure that is no change
 * states its size.
 */
function bearingOut(
  claim: ParsedClaim,
  number: ProseNumber,
  backers: readonly NumberBacker[],
): NumberBacker | undefined {
  const { direction, measure } = number;
  // A count in words ("more than thirty billion") may be an amount or money.
  const measured = (candidate: NumberBacker) =>
    measure === undefined ? ['amount', 'money'].includes(measures(candidate) ?? '') : measures(candidate) === measure;
  const bears = (candidate: NumberBacker) =>
    measured(candidate) &&
    fitsDigits(number, candidate) &&
    (direction === 'fall'
      ? agrees(fallClaim(claim), candidate.low, candidate.high, candidate.format) ||
        (!isChange(candidate) && candidate.low >= 0 && agrees(claim, candidate.low, candidate.high, candidate.format))
      : agrees(claim, candidate.low, candidate.high, candidate.format));
  return backers.find((candidate) => candidate.kind === 'fact' && bears(candidate)) ?? backers.find(bears);
}

/** What a figure or fact measures, as digits say it: "40%" a share, "£20" money, "30,000" an amount. */
function measures({ format, money }: NumberBacker): Measure | undefined {
  if (format === 'percent' || format === 'points') return 'share';
  if (!COUNTED.has(format)) return undefined;
  return money ? 'money' : 'amount';
}

/** A signed or negative percentage: how much something changed. */
function isChange(backer: NumberBacker): boolean {
  return backer.format === 'percent' && (backer.signed || backer.change === true || backer.low < 0);
}

/** The backer's interval as a multiple or as a fraction; none when it is neither. */
function readings(backer: NumberBacker, kind: 'multiple' | 'fraction'): [number, number][] {
  if (kind === 'fraction') return backer.format === 'percent' ? [[backer.low, backer.high]] : [];
  if (backer.format === 'multiple') return [[backer.low, backer.high]];
  if (isChange(backer)) return [[1 + backer.low, 1 + backer.high]];
  return [];
}

/**
 * Whether any value in [low, high] bears out the words' claim, within a tenth of their number; a
 * bound ("more than 12") only by a value near it, within half its number or its "about" window
 * ("more than 12 weeks" is true of 1.9 million people, but not about them), unless `anywhere`.
 */
function agrees(
  claim: ParsedClaim,
  low: number,
  high: number,
  format: ValueFormat,
  { anywhere = false } = {},
): boolean {
  // The window `<Claim>` judges by, so an offered <Claim> checks as the binder read it.
  const tolerance = claimHalfWidth(claim, format) - 1e-9 * Math.max(1, Math.abs(claim.value));
  const bound = !anywhere && claim.comparison !== '~' && claim.comparison !== '=';
  const reach = Math.max(claimHalfWidth({ ...claim, comparison: '~' }, format), Math.abs(claim.value) / 2);
  const near = (x: number) => !bound || Math.abs(x - claim.value) <= reach;
  // Each comparison holds past one bound or inside one window: an end or the point nearest the
  // claim's number is enough to look at.
  const nearest = Math.min(Math.max(claim.value, low), high);
  return [low, high, nearest].some((x) => bearsOut(claim, x, tolerance) && near(x));
}

/**
 * For a percentage, points, money or another amount in digits that nothing binds: the fact beside
 * it of the same kind whose value is nearest, when within a factor of two, which the digits may
 * be a slip for ("25%" beside a computed share of 28.8 %, "£130bn" beside a computed £120
 * billion, "a gap of 10 years" beside 8.2 years). A change is read against changes, a fall as
 * negative; money only with no word of direction; an amount only when its next word names what
 * the fact counts; neither with a period after it ("£75 a month" is read as a year's amount over
 * twelve, `ratioBearingOut`).
 */
export function contradictedFact(number: ProseNumber, backers: readonly NumberBacker[]): NumberBacker | undefined {
  if (number.words || number.value <= 0 || number.measure === undefined) return undefined;
  // An amount misses a fact only when the words say what both count: "a gap of 10 years" beside
  // a computed 8.2 years, "480 deaths per 100,000" beside 479, never a score's "3" beside 2.2
  // goals a game.
  const counts = (backer: NumberBacker) =>
    number.measure !== 'amount' ||
    (number.wordAfter !== undefined &&
      backer.unit !== undefined &&
      pluralize.singular(number.wordAfter) === pluralize.singular(backer.unit.split('/')[0]!.trim().toLowerCase()));
  const share = number.measure === 'share';
  if (!share && (number.perPeriod !== undefined || (number.measure === 'money' && number.direction !== undefined)))
    return undefined;
  const points = POINTS_WRITTEN.test(number.text);
  const signed = number.direction === 'fall' ? -number.value : number.value;
  let nearest: NumberBacker | undefined;
  for (const backer of backers) {
    if (backer.kind !== 'fact' || backer.otherEnd !== undefined) continue;
    if (share ? backer.format !== (points ? 'points' : 'percent') : measures(backer) !== number.measure) continue;
    if (!counts(backer)) continue;
    if (share && !points && number.direction !== undefined && !isChange(backer)) continue;
    const ratio = backer.value / signed;
    if (!(ratio >= 0.5 && ratio <= 2)) continue;
    if (!nearest || Math.abs(backer.value - signed) < Math.abs(nearest.value - signed)) nearest = backer;
  }
  return nearest;
}

/** Whether some value `backer` may have bears out `claim`, as a `<Claim>` on it would judge. */
export function claimHolds(claim: ParsedClaim, backer: NumberBacker): boolean {
  return agrees(claim, backer.low, backer.high, backer.format, { anywhere: true });
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A number's text as a reader sees it, for messages: a line break in the source is a space on the
 * page ("about\na tenth" is "about a tenth").
 */
export function shownText(number: ProseNumber): string {
  return number.text.replace(/\s+/g, ' ');
}

/**
 * The `<Claim>` that binds words to a fact: `<Claim fact="growth" says="about 1/3">a third</Claim>`.
 * `format` is the fact's, so its number is written as an editor would: "-33.3%", "129 billion".
 */
export function claimMarkup(
  number: ProseNumber,
  fact: string,
  claim: ParsedClaim = number.words?.claim ?? { comparison: '=', value: number.value },
  format?: string,
): string {
  // Words say fractions ("a third": 1/3); digits say what they wrote ("33.3%": -33.3%).
  const written = number.words?.kind === 'fraction' ? fractionOf(claim.value) : undefined;
  // Pence and cents are said as written: "0.85p", not 0.0085.
  const minor = number.words ? undefined : /\d(p|¢)$/.exec(number.text)?.[1];
  const says = [CLAIM_WORDS[claim.comparison], written ?? saysNumber(claim.value, format, minor)]
    .filter(Boolean)
    .join(' ');
  return `<Claim fact="${fact}" says="${says}">${shownText(number)}</Claim>`;
}

/**
 * The `<Claim>` that binds words to `fact`, in the fact's terms: a multiple of a change ("nearly
 * doubled" of a rise of 93.9 %) is that change, `about 100%`, as `<Claim>` judges it.
 */
export function claimFor(number: ProseNumber, fact: NumberBacker): string {
  const claim = number.words?.claim;
  if (number.words?.kind === 'multiple' && claim && isChange(fact)) {
    return claimMarkup(number, fact.id, { comparison: claim.comparison, value: claim.value - 1 }, 'percent');
  }
  return claimMarkup(number, fact.id);
}

/** The scales `says` writes a large number with, largest first: "129 billion". */
const SAYS_SCALES = Object.entries(SCALES)
  .filter(([, size]) => size >= 1e6)
  .map(([word, size]): [number, string] => [size, word])
  .sort(([a], [b]) => b - a);

/** 1/3 rather than 0.3333…, for `says`, which reads fractions; undefined for a whole number or none up to a hundredth. */
function fractionOf(value: number): string | undefined {
  for (let denominator = 2; denominator <= 100; denominator++) {
    const numerator = value * denominator;
    if (Math.abs(numerator - Math.round(numerator)) < 1e-9 && !Number.isInteger(value)) {
      return `${Math.round(numerator)}/${denominator}`;
    }
  }
  return undefined;
}

/**
 * A number as `says` takes it: a percentage as one ("-33.3%"), points as points ("0.6 points"), a
 * large number with its scale ("129 billion"), and no float noise (0.333, not 0.33299999999999996).
 */
function saysNumber(value: number, format?: string, minor?: string): string {
  const exact = (x: number) => String(Number(x.toPrecision(12)));
  if (minor) return `${exact(value * 100)}${minor}`;
  if (format === 'percent') return `${exact(value * 100)}%`;
  if (format === 'points') return `${exact(value * 100)} points`;
  const scale = SAYS_SCALES.find(([size]) => Math.abs(value) >= size);
  return scale ? `${exact(value / scale[0])} ${scale[1]}` : exact(value);
}
