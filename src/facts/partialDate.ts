/**
 * A date written with the precision its source has: a year, a quarter, a month, or a day.
 *
 * Rules:
 * - The written form is `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`; nothing finer is ever invented.
 * - A quarter is a period: only where the caller allows it (`{ quarters: true }`: a figure's
 *   `asOf`, a timeline event). A publication happens in a year, a month or on a day.
 * - A quarter has no `month`: its months are derived from it (Q3 is July to September).
 * - A day must exist in its month (2023-02-30 is rejected, 2024-02-29 is not).
 * - Displays keep the precision: "2024", "July – September 2024", "October 2024", "2 October 2024".
 */
export type DatePrecision = 'year' | 'quarter' | 'month' | 'day';

/** Coarsest first: on the same first day, a coarser date sorts first. */
const PRECISIONS: readonly DatePrecision[] = ['year', 'quarter', 'month', 'day'];

/** How many months a date spans from its first month. */
const MONTHS_SPANNED: Record<DatePrecision, number> = { year: 12, quarter: 3, month: 1, day: 1 };

export interface PartialDate {
  /** The canonical written form, e.g. `2024-10`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–4, present for quarter precision (which has no `month`). */
  quarter?: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
}

/** Where a date may be a quarter: a period a figure or an event covers, never a publication. */
export interface DateRules {
  quarters?: boolean;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date something happened, such as a publication. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY-Qn` too: a period's date. Groups: year, quarter, month, day. */
export const PERIOD_DATE = /^(\d{4})(?:-Q(\d)|-(\d{2})(?:-(\d{2}))?)?$/;

/** The forms a date may be written in, for messages: "YYYY, YYYY-MM or YYYY-MM-DD". */
export function dateForms({ quarters = false }: DateRules = {}): string {
  return quarters ? 'YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD' : 'YYYY, YYYY-MM or YYYY-MM-DD';
}

/** The months' names in English, lower case, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const QUARTER_WORDS = ['first', 'second', 'third', 'fourth'];

/**
 * The written form of a date in a form editors use that says its year, month and day plainly:
 * "2024-10-2" and "2024/10/02" are 2024-10-02, "Oct 2024" 2024-10, "2 October 2024" and
 * "October 2, 2024" 2024-10-02, a timestamp its day; "Q3 2024", "2024 q3", "3Q 2024" and
 * "third quarter of 2024" 2024-Q3. "02.10.2024" says no order, so none.
 */
function isoOf(text: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  // A month's name or the start of it ("Oct", "Sept"), never another word ("Mayday").
  const month = (name: string) => {
    const index = MONTH_NAMES.findIndex((full) => name.length >= 3 && full.startsWith(name.toLowerCase()));
    return index < 0 ? undefined : pad(String(index + 1));
  };
  const quarterLast = /^(\d{4})[\s/-]*q(\d)$/i.exec(text.trim());
  if (quarterLast) return `${quarterLast[1]}-Q${quarterLast[2]}`;
  const quarterFirst = /^(?:q(\d)|(\d)q|(?:the )?(\w+) quarter(?: of)?)[\s,/-]*(\d{4})$/i.exec(text.trim());
  if (quarterFirst) {
    const [, afterQ, beforeQ, word = '', year] = quarterFirst;
    // "third" or "3rd"
    const quarter = afterQ ?? beforeQ ?? (QUARTER_WORDS.indexOf(word.toLowerCase()) + 1 || Number.parseInt(word));
    if (Number(quarter) > 0) return `${year}-Q${quarter}`;
  }
  const numeric = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2})(?:[T ].*)?)?$/.exec(text.trim());
  if (numeric) return [numeric[1], pad(numeric[2]!), ...(numeric[3] ? [pad(numeric[3])] : [])].join('-');
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$/i.exec(text.trim());
  if (dayFirst && month(dayFirst[2]!)) return `${dayFirst[3]}-${month(dayFirst[2]!)}-${pad(dayFirst[1]!)}`;
  const monthFirst = /^([a-z]+)\.? (?:(\d{1,2})(?:st|nd|rd|th)?,? )?(\d{4})$/i.exec(text.trim());
  if (monthFirst && month(monthFirst[1]!)) {
    return [monthFirst[3], month(monthFirst[1]!), ...(monthFirst[2] ? [pad(monthFirst[2])] : [])].join('-');
  }
  return undefined;
}

/** Why a string is not a partial date (a quarter only with `quarters`), or `undefined` when it is one. */
export function explainInvalidPartialDate(text: string, rules: DateRules = {}): string | undefined {
  const expected = `expected a date written ${dateForms(rules)}, found "${text}"`;
  const iso = PERIOD_DATE.test(text) ? text : isoOf(text);
  const match = iso === undefined ? null : PERIOD_DATE.exec(iso);
  if (match?.[2] !== undefined && !rules.quarters) {
    return `${expected}: only a figure's asOf and a timeline date can be a quarter; write the month or the day, or the year (${match[1]})`;
  }
  if (iso !== text) {
    const fix = match && !explainInvalidPartialDate(iso!, rules) ? `: write ${iso}` : '';
    return `${expected}${fix}`;
  }
  const [, year, quarter, month, day] = match!;
  if (quarter !== undefined && (Number(quarter) < 1 || Number(quarter) > 4)) {
    return `"${text}" has no quarter Q${quarter}: a year has quarters Q1 to Q4`;
  }
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `"${text}" has no month ${month}`;
  }
  if (day !== undefined) {
    const last = daysInMonth(Number(year), Number(month));
    if (Number(day) < 1 || Number(day) > last) return `"${text}" is not a real day: that month has ${last} days`;
  }
  return undefined;
}

export function parsePartialDate(text: string, rules: DateRules = {}): PartialDate {
  const problem = explainInvalidPartialDate(text, rules);
  if (problem) throw new RangeError(problem);
  const [, year, quarter, month, day] = PERIOD_DATE.exec(text)!;
  return {
    iso: text,
    precision: day ? 'day' : month ? 'month' : quarter ? 'quarter' : 'year',
    year: Number(year),
    ...(quarter && { quarter: Number(quarter) }),
    ...(month && { month: Number(month) }),
    ...(day && { day: Number(day) }),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date's first month, 1–12: a quarter's is derived from it (Q3 → 7). */
function firstMonth(date: PartialDate): number {
  return date.quarter ? date.quarter * 3 - 2 : (date.month ?? 1);
}

/** The first instant the date can mean (1 January for a year, 1 July for 2024-Q3), in UTC. */
export function partialDateStart(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, firstMonth(date) - 1, date.day ?? 1));
}

/** The first and last day the date can mean, as ISO days: 2024-Q3 is 2024-07-01 to 2024-09-30. */
export function partialDateSpan(date: PartialDate): [string, string] {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const day = (month: number, dayOfMonth: number) => `${pad(date.year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
  const first = firstMonth(date);
  if (date.day) return [day(first, date.day), day(first, date.day)];
  const last = first + MONTHS_SPANNED[date.precision] - 1;
  return [day(first, 1), day(last, daysInMonth(date.year, last))];
}

/**
 * The date for an HTML `datetime` attribute, never more precise than written. HTML has years,
 * months and days but no quarters, so a quarter gives its year.
 */
export function partialDateDatetime(date: PartialDate): string {
  return date.precision === 'quarter' ? date.iso.slice(0, 4) : date.iso;
}

/** Orders dates by their first instant; a coarser date sorts before a finer one on the same start. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const precision = (date: PartialDate) => PRECISIONS.indexOf(date.precision);
  return partialDateStart(a).getTime() - partialDateStart(b).getTime() || precision(a) - precision(b);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day') options.day = 'numeric';
    formatter = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** Formatted dates by locale, precision and date: the same few dates recur across a site's articles. */
const formattedDates = new Map<string, string>();

/**
 * "2024", "July – September 2024", "October 2024" or "2 October 2024" (in en-GB), never more
 * precise than written: a quarter is the range of its months, as the locale writes a range.
 */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const key = `${locale}|${date.precision}|${date.year}-${date.quarter ?? date.month ?? ''}-${date.day ?? ''}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const formatter = dateFormatter(locale, date.precision);
    const start = partialDateStart(date);
    // An ISO day (the span's last) is read as midnight UTC.
    text =
      date.precision === 'quarter'
        ? formatter.formatRange(start, new Date(partialDateSpan(date)[1]))
        : formatter.format(start);
    formattedDates.set(key, text);
  }
  return text;
}
