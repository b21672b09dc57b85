/**
 * Number display for figures, facts, charts, cards and downloads: one formatter, always through
 * `Intl.NumberFormat` (and `Intl.PluralRules` for ordinals and unit words).
 *
 * Rules:
 * - `count`: whole things, grouped ("21,000"). `number`: up to two decimals ("2.75").
 * - `percent`: the value is a fraction (0.4 is 40 %); one decimal, or two significant digits
 *   when that shows more ("4.8%", "0.4%"). `points`: percentage points, also written as a fraction
 *   (0.252 is "25.2 percentage points"; short form "25.2 pp"); with `basisPoints`, hundredths of
 *   a point (0.0025 is "25 basis points").
 * - `compact`: long compact notation ("1 million", "US$2.7 trillion"); in the thousands written
 *   out, rounded as compact rounds ("276,900", not "276.9 thousand"). `multiple`: "100×".
 * - `year`: no grouping ("2013"). `rank`: an ordinal ("4th"), its ending from `Intl.PluralRules`.
 * - Money: a currency (ISO 4217) shows with the symbol or code `Intl` gives for the locale; with
 *   `minorUnit`, in pence or cents ("13.95p", "95¢"), for the currencies of `MINOR_UNITS`.
 * - `digits` fixes the fraction digits ("46.0%"), `significant` the significant digits
 *   ("2.185 trillion"), in every format, compact included.
 * - `signed` shows the sign of a change ("+20%"). Every minus sign is U+2212, never a hyphen.
 * - A range is formatted with the locale's range formatting ("10–15").
 * - The qualifier is part of the display ("over 30,000", "about US$334"); `exact` adds nothing.
 */
/** Past this a number cannot be shown exactly, and no news figure needs it. */
export const LARGEST_VALUE = 1e15;

export const FORMATS = ['count', 'number', 'percent', 'points', 'compact', 'multiple', 'year', 'rank'] as const;
export type ValueFormat = (typeof FORMATS)[number];

/** Formats that show a share or a ratio, and so take no unit and no currency. */
export const DIMENSIONLESS_FORMATS: readonly ValueFormat[] = ['percent', 'points', 'multiple'];

export const QUALIFIERS = ['exact', 'about', 'over', 'under', 'up to', 'estimated'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** What a computation can say about its own exactness: a figure's qualifiers, and "at least". */
export type ResultQualifier = Qualifier | 'at least';

const QUALIFIER_WORDS: Record<ResultQualifier, string> = {
  exact: '',
  about: 'about',
  over: 'over',
  under: 'under',
  'up to': 'up to',
  'at least': 'at least',
  estimated: 'an estimated',
};

/** How a number is shown. */
export interface NumberStyle {
  format: ValueFormat;
  /** ISO 4217 code: the number is an amount of money. */
  currency?: string;
  /** Show the sign of a positive number too ("+20%"). */
  signed?: boolean;
  /** Fraction digits, fixed. */
  digits?: number;
  /** Significant digits, fixed. */
  significant?: number;
  /** "pp" rather than "percentage points", where space is tight. */
  short?: boolean;
  /** Points as basis points, hundredths of a point: 0.0025 is "25 basis points". */
  basisPoints?: boolean;
  /** More digits than the format shows by default, where fewer would hide a difference. */
  extra?: number;
  /** Money in its currency's minor unit: 0.1395 GBP is "13.95p" (`MINOR_UNITS`). */
  minorUnit?: boolean;
}

/**
 * The minor units by currency: the symbol a newsroom writes after the number ("13.95p", "95¢",
 * "95c") and their name ("Result in pence per share"). `Intl` has no pence or cents, so these are
 * the only currencies `minorUnit` shows.
 */
export const MINOR_UNITS: Readonly<Record<string, { symbol: string; name: string }>> = {
  GBP: { symbol: 'p', name: 'pence' },
  USD: { symbol: '¢', name: 'cents' },
  EUR: { symbol: 'c', name: 'cents' },
};

/** Why `minorUnit` cannot go with this format and currency, or undefined when it can. */
export function minorUnitProblem(
  format: ValueFormat,
  currency: string | undefined,
  minorUnit?: boolean,
): string | undefined {
  if (!minorUnit) return undefined;
  const known = Object.entries(MINOR_UNITS)
    .map(([code, { symbol }]) => `${code} (${symbol})`)
    .join(', ');
  if (currency === undefined)
    return `minorUnit shows money in pence or cents, but this is not money: give a currency unit (${known}), or leave minorUnit out`;
  if (MINOR_UNITS[currency] === undefined)
    return `minorUnit is shown for ${known}, not ${currency}: leave minorUnit out`;
  if (format !== 'number')
    return `minorUnit shows a plain amount in pence or cents, but the format is ${format}: use format: number, or leave minorUnit out`;
  return undefined;
}

/** The two spellings of a percentage point, by language, and by plural category. */
const POINT_WORDS: Record<string, { short: string; long: Partial<Record<Intl.LDMLPluralRule, string>> }> = {
  en: { short: 'pp', long: { one: 'percentage point', other: 'percentage points' } },
  de: { short: 'Pp.', long: { one: 'Prozentpunkt', other: 'Prozentpunkte' } },
  ru: {
    short: 'п. п.',
    long: {
      one: 'процентный пункт',
      few: 'процентных пункта',
      many: 'процентных пунктов',
      other: 'процентного пункта',
    },
  },
};

/** The same for basis points, hundredths of a percentage point. */
const BASIS_POINT_WORDS: typeof POINT_WORDS = {
  en: { short: 'bp', long: { one: 'basis point', other: 'basis points' } },
  de: { short: 'Bp.', long: { one: 'Basispunkt', other: 'Basispunkte' } },
  ru: {
    short: 'б. п.',
    long: {
      one: 'базисный пункт',
      few: 'базисных пункта',
      many: 'базисных пунктов',
      other: 'базисного пункта',
    },
  },
};

/** Ordinal endings by language and `Intl.PluralRules` ordinal category. */
const ORDINAL_ENDINGS: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'st', two: 'nd', few: 'rd', other: 'th' },
  de: { other: '.' },
  ru: { other: '-й' },
  fr: { one: 'er', other: 'e' },
};

const MINUS = '\u2212';

function language(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

function baseOptions(style: NumberStyle): Intl.NumberFormatOptions {
  // Pence and cents are a plain number with the minor unit after it (`withEnding`).
  if (style.minorUnit) return { maximumFractionDigits: 2 };
  const money: Intl.NumberFormatOptions = style.currency
    ? { style: 'currency', currency: style.currency, currencyDisplay: 'symbol' }
    : {};
  switch (style.format) {
    case 'count':
      return { ...money, minimumFractionDigits: 0, maximumFractionDigits: 0 };
    case 'number':
      return style.currency
        ? { ...money, minimumFractionDigits: 2, maximumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' }
        : { maximumFractionDigits: 2 };
    case 'percent':
      return { style: 'percent', ...SHARE_DIGITS };
    case 'points':
      return { ...SHARE_DIGITS };
    case 'compact':
      return {
        ...money,
        notation: 'compact',
        compactDisplay: 'long',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      };
    case 'multiple':
      // Two significant digits below 1: 0.56×, not 0.6×; 0.04×, not 0×.
      return { ...SHARE_DIGITS };
    case 'year':
      return { useGrouping: false, maximumFractionDigits: 0 };
    case 'rank':
      return { maximumFractionDigits: 0 };
  }
}

const SHARE_DIGITS: Intl.NumberFormatOptions = {
  maximumFractionDigits: 1,
  maximumSignificantDigits: 2,
  roundingPriority: 'morePrecision',
};

/** The options for `style`, with `extra` more digits than it shows by default. */
function numberOptions(style: NumberStyle, more: number): Intl.NumberFormatOptions {
  const extra = more + (style.extra ?? 0);
  const options = baseOptions(style);
  // A fixed precision replaces the format's own rounding: only its digits rule.
  const {
    minimumFractionDigits: _minFraction,
    maximumFractionDigits: _maxFraction,
    minimumSignificantDigits: _minSignificant,
    maximumSignificantDigits: _maxSignificant,
    roundingPriority: _priority,
    trailingZeroDisplay: _zeros,
    ...unrounded
  } = options;
  let precise: Intl.NumberFormatOptions = { ...options };
  if (style.significant !== undefined) {
    precise = {
      ...unrounded,
      minimumSignificantDigits: style.significant,
      maximumSignificantDigits: Math.min(21, style.significant + extra),
    };
  } else if (style.digits !== undefined) {
    precise = {
      ...unrounded,
      minimumFractionDigits: style.digits,
      maximumFractionDigits: Math.min(20, style.digits + extra),
    };
  } else if (extra > 0) {
    precise.maximumFractionDigits = Math.min(20, (options.maximumFractionDigits ?? 0) + extra);
    if (options.maximumSignificantDigits !== undefined) {
      precise.maximumSignificantDigits = Math.min(21, options.maximumSignificantDigits + extra);
    }
  }
  precise.signDisplay = style.signed ? 'exceptZero' : 'auto';
  return precise;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions, key?: string): Intl.NumberFormat {
  const cacheKey = key ?? `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(cacheKey, cached);
  }
  return cached;
}

/**
 * The formatter of a style, found by the style's fields. A cache on each style object (a
 * `WeakMap`) missed on most calls, since every figure of every article has its own style, and its
 * maps kept the garbage collector busy: resolving the 10,000-article bench corpus in plain Node
 * took 1.27–1.34 s with it and 1.00–1.04 s without (fastest of 12 runs, four interleaved pairs, 7
 * December 2026; with `shownValue` cached the same way). Building a key from the options' JSON
 * on every call took a fifth of the engine's time over 3,000 synthetic articles.
 */
function styleFormatter(locale: string, style: NumberStyle, extra: number): Intl.NumberFormat {
  const key = `${locale}|${style.format}|${style.currency}|${style.minorUnit}|${style.signed}|${style.digits}|${style.significant}|${(style.extra ?? 0) + extra}`;
  return formatters.get(key) ?? formatter(locale, numberOptions(style, extra), key);
}

function asStyle(style: ValueFormat | NumberStyle): NumberStyle {
  return typeof style === 'string' ? { format: style } : style;
}

/** Why `basisPoints` cannot go with `format`, or undefined when it can. */
export function basisPointsProblem(format: ValueFormat, basisPoints: boolean | undefined): string | undefined {
  if (!basisPoints || format === 'points') return undefined;
  return `basisPoints shows percentage points as basis points, but the format is ${format}: use format: points, or leave basisPoints out`;
}

/**
 * What a value is multiplied by before `Intl` writes it: points by 100, or 10,000 for basis
 * points; money in its minor unit by 100.
 */
function pointsScale(style: NumberStyle): number {
  if (style.minorUnit) return 100;
  if (style.format !== 'points') return 1;
  return style.basisPoints ? 10_000 : 100;
}

/** The value in the unit its format shows: percentages and points × 100, basis points × 10,000. */
function displayScale(style: NumberStyle): number {
  return style.format === 'percent' ? 100 : pointsScale(style);
}

function joinParts(parts: Intl.NumberFormatPart[]): string {
  return parts.map((part) => (part.type === 'minusSign' ? MINUS : part.value)).join('');
}

/**
 * Compact money in the long form: `Intl` writes currencies compact only in the short form
 * ("US$2.7tn"), so the long compact number gets the currency where the locale puts it.
 */
function compactMoneyParts(value: number, style: NumberStyle, locale: string, extra: number): Intl.NumberFormatPart[] {
  const options = numberOptions(style, extra);
  const { style: _money, currency, currencyDisplay: _display, ...plain } = options;
  const number = formatter(locale, plain).formatToParts(value);
  const template = formatter(locale, { style: 'currency', currency, currencyDisplay: 'symbol' }).formatToParts(1);
  const symbolAt = template.findIndex((part) => part.type === 'currency');
  const digitAt = template.findIndex((part) => part.type === 'integer');
  const lastDigitAt = template.findLastIndex((part) => part.type === 'integer' || part.type === 'fraction');
  const sign = number.filter((part) => part.type === 'minusSign' || part.type === 'plusSign');
  const rest = number.filter((part) => part.type !== 'minusSign' && part.type !== 'plusSign');
  if (symbolAt < digitAt) return [...sign, ...template.slice(symbolAt, digitAt), ...rest];
  return [...sign, ...rest, ...template.slice(lastDigitAt + 1)];
}

/**
 * A compact number in the thousands, which newsrooms write out: compact is shorter only from a
 * million ("7.04 million"), and "790 thousand" reads as no English newspaper writes it.
 */
function inThousands(value: number, style: NumberStyle): boolean {
  return style.format === 'compact' && Math.abs(value) >= 1000 && Math.abs(value) < 999_950;
}

/**
 * The number in its style, minus signs as U+2212. `Intl` writes a hyphen-minus for the locales
 * Tally uses; a number's text holds no other hyphen, so it is replaced as a whole (measured: a
 * quarter of the time of rebuilding the text from `formatToParts`).
 */
function numberText(value: number, style: NumberStyle, locale: string, extra: number): string {
  const shown = value * pointsScale(style);
  if (inThousands(shown, style)) {
    // Rounded as compact rounds it, written out: "276,900", not "276.9 thousand".
    const rounded = shownValue(value, style, locale, extra);
    const money: Intl.NumberFormatOptions = style.currency
      ? { style: 'currency', currency: style.currency, currencyDisplay: 'symbol' }
      : {};
    const options: Intl.NumberFormatOptions = {
      ...money,
      maximumFractionDigits: 0,
      signDisplay: style.signed ? 'exceptZero' : 'auto',
    };
    return formatter(locale, options).format(rounded).replaceAll('-', MINUS);
  }
  if (style.currency && style.format === 'compact') return joinParts(compactMoneyParts(shown, style, locale, extra));
  return styleFormatter(locale, style, extra).format(shown).replaceAll('-', MINUS);
}

const pluralRules = new Map<string, Intl.PluralRules>();

function plural(locale: string, type: Intl.PluralRuleType, value: number): Intl.LDMLPluralRule {
  const key = `${locale}|${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type });
    pluralRules.set(key, rules);
  }
  return rules.select(value);
}

/** The words after a number of percentage points: "percentage points", "pp" (or basis points). */
export function pointWords(points: number, locale: string, short = false, basis = false): string {
  const spellings = basis ? BASIS_POINT_WORDS : POINT_WORDS;
  const words = spellings[language(locale)] ?? spellings.en!;
  if (short) return words.short;
  return words.long[plural(locale, 'cardinal', Math.abs(points))] ?? words.long.other!;
}

function withEnding(text: string, value: number, style: NumberStyle, locale: string): string {
  switch (style.format) {
    case 'multiple':
      return `${text}×`;
    case 'points':
      return `${text}\u00a0${pointWords(value * pointsScale(style), locale, style.short, style.basisPoints)}`;
    case 'rank': {
      const endings = ORDINAL_ENDINGS[language(locale)] ?? ORDINAL_ENDINGS.de!;
      return `${text}${endings[plural(locale, 'ordinal', value)] ?? endings.other}`;
    }
    default:
      return style.minorUnit && style.currency ? `${text}${MINOR_UNITS[style.currency]?.symbol ?? ''}` : text;
  }
}

/**
 * The number alone, in its display style: "21,000", "40%", "US$2.7 trillion", "+3.1 percentage
 * points", "2013", "4th". `extra` shows that many more digits than the style does by default.
 */
export function formatValue(value: number, style: ValueFormat | NumberStyle, locale: string, extra = 0): string {
  const resolved = asStyle(style);
  return withEnding(numberText(value, resolved, locale, extra), value, resolved, locale);
}

/** A range, the locale's way: "10–15", "2015–2016", "US$10–15 billion". */
export function formatRange(low: number, high: number, style: ValueFormat | NumberStyle, locale: string): string {
  const resolved = asStyle(style);
  const scale = pointsScale(resolved);
  if (
    resolved.format === 'compact' &&
    (resolved.currency || inThousands(low, resolved) || inThousands(high, resolved))
  ) {
    return `${formatValue(low, resolved, locale)}–${formatValue(high, resolved, locale)}`;
  }
  const parts = formatter(locale, numberOptions(resolved, 0)).formatRangeToParts(low * scale, high * scale);
  return withEnding(joinParts(parts), high, resolved, locale);
}

/**
 * The number a reader sees once it is rounded for display: 2.2e12 for "2.2 trillion", 0.4 for
 * "40%". Read back from `Intl`'s own parts, so it is what the page shows in any locale.
 */
export function shownValue(value: number, style: ValueFormat | NumberStyle, locale: string, extra = 0): number {
  const resolved = asStyle(style);
  const scale = displayScale(resolved);
  // A whole number in display units is shown as it is, unless its digits are limited.
  if (resolved.format !== 'compact' && resolved.significant === undefined && Number.isInteger(value * scale)) {
    return value;
  }
  // Cached by the style's fields, as `styleFormatter` is (the currency changes the digits).
  const key = `shown|${locale}|${resolved.format}|${resolved.currency}|${resolved.minorUnit}|${resolved.signed}|${resolved.digits}|${resolved.significant}|${(resolved.extra ?? 0) + extra}`;
  const plain =
    formatters.get(key) ??
    formatter(
      locale,
      {
        ...numberOptions(resolved, extra),
        style: resolved.format === 'percent' ? 'percent' : 'decimal',
        currency: undefined,
      },
      key,
    );
  const parts = plain.formatToParts(value * pointsScale(resolved));
  let digits = '';
  for (const part of parts) {
    if (part.type === 'integer' || part.type === 'fraction') digits += part.value;
    else if (part.type === 'decimal') digits += '.';
  }
  let mantissa = Number(digits);
  if (parts.some((part) => part.type === 'minusSign')) mantissa = -mantissa;
  if (resolved.format === 'compact' && mantissa !== 0) {
    const power = Math.round(Math.log10(Math.abs(value) / Math.abs(mantissa)));
    return mantissa * 10 ** power;
  }
  return mantissa / scale;
}

/** The smallest number of decimals that writes `value` exactly (up to 12). */
function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < 12; decimals += 1) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return 12;
}

/** The unit of a compact number's mantissa, in the thousands the site's languages use. */
function compactUnit(value: number): number {
  return value === 0 ? 1 : 10 ** (3 * Math.max(0, Math.floor(Math.log10(Math.abs(value)) / 3)));
}

/** Most digits a stated number gains to be shown as written: past these, `significant` decides. */
const MOST_DIGITS_AS_WRITTEN = 6;

/**
 * `style`, with the digits its format would round away from `values` given back: a stated number
 * is shown as its source states it (7040000 as `compact` is "7.04 million", not "7 million"). A
 * fixed `digits` or `significant` is the editor's choice. Every format shows one decimal of its
 * unit (and count, year and rank are whole), so most numbers are settled by their decimals; the
 * rest are read back from `Intl` (`shownValue`).
 */
export function styleAsWritten(style: NumberStyle, values: readonly number[], locale: string): NumberStyle {
  if (style.digits !== undefined || style.significant !== undefined) return style;
  const unit = (value: number) => (style.format === 'compact' ? compactUnit(value) : 1 / displayScale(style));
  if (values.every((value) => decimalsOf(value / unit(value)) <= 1)) return style;
  const shownAsIs = (extra: number) =>
    values.every((value) => Math.abs(shownValue(value, style, locale, extra) - value) <= 1e-9 * Math.abs(value));
  let extra = 0;
  while (extra < MOST_DIGITS_AS_WRITTEN && !shownAsIs(extra)) extra += 1;
  return extra === 0 ? style : { ...style, extra };
}

/**
 * The precision an exact number was written with, as a step in the value's own terms: 1 for
 * "20,000", 0.01 for "6%" (0.06), 0.1e12 for "2.7 trillion". `digits` and `significant` say it
 * outright.
 */
export function writtenStep(value: number, style: NumberStyle): number {
  if (style.significant !== undefined) return significantStep(value, style.significant);
  const scale = displayScale(style);
  const unit = style.format === 'compact' ? compactUnit(value) : 1 / scale;
  if (style.digits !== undefined) return 10 ** -style.digits * unit;
  return 10 ** -decimalsOf(value / unit) * unit;
}

function significantStep(value: number, significant: number): number {
  if (value === 0) return 10 ** (1 - significant);
  return 10 ** (Math.floor(Math.log10(Math.abs(value))) - significant + 1);
}

/**
 * The rounding of an approximate number: the place of its last non-zero digit as shown. "About
 * 350,000" is rounded to the ten thousand, "about 40%" to ten points.
 */
export function roundingStep(value: number, style: NumberStyle): number {
  if (style.significant !== undefined || style.digits !== undefined) return writtenStep(value, style);
  const scale = displayScale(style);
  const shown = Math.abs(value * scale);
  if (shown === 0) return 1 / scale;
  let power = Math.floor(Math.log10(shown));
  while (power > -12) {
    const scaled = shown / 10 ** power;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, scaled)) break;
    power -= 1;
  }
  return 10 ** power / scale;
}

/** The words a qualifier puts before a number; empty for `exact`. */
export function qualifierWords(qualifier: ResultQualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** An already formatted number with its qualifier, as a reader sees it in the text: "over 30,000". */
export function qualify(number: string, qualifier: ResultQualifier): string {
  const words = qualifierWords(qualifier);
  return words ? `${words} ${number}` : number;
}

/** The number with its qualifier: "over 30,000". */
export function formatQualified(
  value: number,
  style: ValueFormat | NumberStyle,
  qualifier: ResultQualifier,
  locale: string,
): string {
  return qualify(formatValue(value, style, locale), qualifier);
}
