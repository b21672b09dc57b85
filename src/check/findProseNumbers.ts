/**
 * Figure coverage: the numbers a reader sees in the prose, so each can be traced to a figure.
 *
 * Rules (documented in EDITING.md, "Numbers in the text"):
 * - A number is a run of digits with optional thousands commas and decimals ("133,000", "2.5"),
 *   optionally followed by "%" / "per cent" or by thousand, million, billion or trillion.
 * - Not counted:
 *   - digits that are part of a word or code: "G7", "COVID-19", "1990s", "21st";
 *   - years: whole numbers from 1000 to 2999 written without a comma ("2023");
 *   - days of the month: a number from 1 to 31 right after or before a month name or its
 *     abbreviation ("October 1", "Oct. 2", "1 October");
 *   - anything in code, in an expression or inside a component (a <Fig> is already bound).
 */
export interface ProseNumber {
  /** The number as written: "133,000", "40%", "1.5 million". */
  text: string;
  /** Offset of `text` in the string searched. */
  index: number;
  /** Its value as a figure would hold it: 40% is 0.4, "1.5 million" is 1500000. */
  value: number;
}

const MONTHS = [
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
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];
const MONTH = `(?:${MONTHS.join('|')})`;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?${MONTH}\\b`, 'i');

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,]|[\p{L}\p{N}]-)` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?` +
    String.raw`(\s?%|\s(?:per\s?cent|percent)\b)?` +
    String.raw`(?:\s(thousand|million|billion|trillion)\b)?` +
    String.raw`(?![\p{L}\p{N}_]|[.,]\d)`,
  'gu',
);

export function findProseNumbers(text: string): ProseNumber[] {
  const found: ProseNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [written, whole, fraction, percent, scale] = match as unknown as [string, string, string?, string?, string?];
    const index = match.index;
    const digits = whole.replaceAll(',', '');
    const isWhole = fraction === undefined && percent === undefined && scale === undefined;
    if (isWhole && !whole.includes(',') && digits.length === 4 && Number(digits) >= 1000 && Number(digits) <= 2999) {
      continue;
    }
    const number = Number(`${digits}${fraction ?? ''}`);
    if (isWhole && number >= 1 && number <= 31) {
      const before = text.slice(Math.max(0, index - 12), index);
      const after = text.slice(index + written.length, index + written.length + 16);
      if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) continue;
    }
    let value = number;
    if (percent) value = number / 100;
    if (scale) value = number * SCALES[scale.toLowerCase()]!;
    found.push({ text: written, index, value });
  }
  return found;
}
