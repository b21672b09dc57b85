/**
 * Number display for figures and facts, always through `Intl.NumberFormat`.
 *
 * Rules:
 * - `count`: whole things, grouped ("21,000").
 * - `number`: up to two decimals ("1,500", "2.75").
 * - `percent`: the value is a fraction (0.4 is 40 %); one decimal, or two significant digits
 *   when that shows more ("4.8%", "0.4%", "0.04%").
 * - `compact`: long compact notation for round large numbers ("1 million").
 * - `multiple`: a ratio shown as a multiple ("100×").
 * - The qualifier is part of the display ("over 30,000"); `exact` adds nothing.
 */
export const FORMATS = ['count', 'number', 'percent', 'compact', 'multiple'] as const;
export type ValueFormat = (typeof FORMATS)[number];

export const QUALIFIERS = ['exact', 'about', 'over', 'under', 'up to', 'estimated'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about',
  over: 'over',
  under: 'under',
  'up to': 'up to',
  estimated: 'an estimated',
};

const FORMAT_OPTIONS: Record<ValueFormat, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 0 },
  number: { maximumFractionDigits: 2 },
  percent: {
    style: 'percent',
    maximumFractionDigits: 1,
    maximumSignificantDigits: 2,
    roundingPriority: 'morePrecision',
  },
  compact: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 },
  multiple: { maximumFractionDigits: 1 },
};

const numberFormatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(locale: string, format: ValueFormat): Intl.NumberFormat {
  const key = `${locale}|${format}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, FORMAT_OPTIONS[format]);
    numberFormatters.set(key, formatter);
  }
  return formatter;
}

/** The number alone, in its display format: "21,000", "40%", "1 million", "100×". */
export function formatValue(value: number, format: ValueFormat, locale: string): string {
  const text = numberFormatter(locale, format).format(value);
  return format === 'multiple' ? `${text}×` : text;
}

/** The words a qualifier puts before a number; empty for `exact`. */
export function qualifierWords(qualifier: Qualifier): string {
  return QUALIFIER_WORDS[qualifier];
}

/** An already formatted number with its qualifier, as a reader sees it in the text: "over 30,000". */
export function qualify(number: string, qualifier: Qualifier): string {
  const words = qualifierWords(qualifier);
  return words ? `${words} ${number}` : number;
}

/** The number with its qualifier: "over 30,000". */
export function formatQualified(value: number, format: ValueFormat, qualifier: Qualifier, locale: string): string {
  return qualify(formatValue(value, format, locale), qualifier);
}
