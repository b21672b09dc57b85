/**
 * A date written with the precision its source has: a year, a month, or a day.
 *
 * Rules:
 * - The written form is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nothing finer is ever invented.
 * - A day must exist in its month (2023-02-30 is rejected, 2024-02-29 is not).
 * - Displays keep the precision: "2024", "October 2024", "2 October 2024".
 */
export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The canonical written form, e.g. `2024-10`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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

/**
 * The written form of a date in a form editors use that says its year, month and day plainly:
 * "2024-10-2" and "2024/10/02" are 2024-10-02, "Oct 2024" 2024-10, "2 October 2024" and
 * "October 2, 2024" 2024-10-02, a timestamp its day. "02.10.2024" says no order, so none.
 */
function isoOf(text: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  // A month's name or the start of it ("Oct", "Sept"), never another word ("Mayday").
  const month = (name: string) => {
    const index = MONTH_NAMES.findIndex((full) => name.length >= 3 && full.startsWith(name.toLowerCase()));
    return index < 0 ? undefined : pad(String(index + 1));
  };
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

/** Why a string is not a partial date, or `undefined` when it is one. */
export function explainInvalidPartialDate(text: string): string | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) {
    const iso = isoOf(text);
    const fix = iso && PARTIAL_DATE.test(iso) && !explainInvalidPartialDate(iso) ? `: write ${iso}` : '';
    return `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${text}"${fix}`;
  }
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `"${text}" has no month ${month}`;
  }
  if (day !== undefined) {
    const last = daysInMonth(Number(match[1]), Number(month));
    if (Number(day) < 1 || Number(day) > last) return `"${text}" is not a real day: that month has ${last} days`;
  }
  return undefined;
}

export function parsePartialDate(text: string): PartialDate {
  const problem = explainInvalidPartialDate(text);
  if (problem) throw new RangeError(problem);
  const [, year, month, day] = PARTIAL_DATE.exec(text)!;
  return {
    iso: text,
    precision: day ? 'day' : month ? 'month' : 'year',
    year: Number(year),
    ...(month && { month: Number(month) }),
    ...(day && { day: Number(day) }),
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first instant the date can mean (1 January for a year, the 1st for a month), in UTC. */
export function partialDateStart(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** Orders dates by their first instant; a coarser date sorts before a finer one on the same start. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return partialDateStart(a).getTime() - partialDateStart(b).getTime() || a.iso.length - b.iso.length;
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

/** "2024", "October 2024" or "2 October 2024" (in en-GB), never more precise than written. */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const key = `${locale}|${date.precision}|${date.year}-${date.month ?? ''}-${date.day ?? ''}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = dateFormatter(locale, date.precision).format(partialDateStart(date));
    formattedDates.set(key, text);
  }
  return text;
}
