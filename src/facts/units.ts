/**
 * Units of figures and facts, and the algebra formulas follow.
 *
 * Rules:
 * - A unit is a count noun (`people`, `facilities`, `km`, `asylum applicants`) or a currency, an
 *   ISO 4217 code in capitals (`USD`, `EUR`). A compound unit is written with `/` and, for a
 *   product, `*` or `·`: `people/facility`, `USD/person`, `bed*days`.
 * - Singular and plural are one unit (`facility`/`facilities`, `person`/`people`), through
 *   `pluralize`; a noun without vowels (`km`, `kg`) is an abbreviation and never changes.
 * - × and ÷ combine units: `people/facility × facilities = people`, `USD ÷ people = USD/person`.
 * - Shares, multiples and bare numbers have no unit. Among them a percentage, a number of
 *   percentage points and a year are told apart (`kind`), so that a difference of two percentages
 *   is in points and two years cannot be added.
 * - + and − need the same unit on both sides; a mismatch names both sides and their units.
 */
import pluralize from 'pluralize';
import { renderFormula, type FormulaNode } from './formula.ts';

/** Each base unit with its exponent: `people/facility` is `{ person: 1, facility: -1 }`. */
export type Unit = Readonly<Record<string, number>>;

/** What a dimensionless number is, where that matters to arithmetic. */
export type QuantityKind = 'percent' | 'points' | 'year';

/** A quantity's dimension: its unit and, for shares and years, what kind of number it is. */
export interface Dimension {
  unit: Unit;
  kind?: QuantityKind;
}

export const NO_UNIT: Unit = Object.freeze({});
const YEAR: Unit = Object.freeze({ year: 1 });

const CURRENCY = /^[A-Z]{3}$/;
let currencies: Set<string> | undefined;

/** Whether `code` is an ISO 4217 currency code `Intl` knows. */
export function isCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

function isAbbreviation(noun: string): boolean {
  return !/[aeiouy]/i.test(noun);
}

/**
 * The word of a unit's name that takes the plural: the last one in lower case. A name after it
 * stays as written: "degrees Celsius", "asylum applicants".
 */
function headOf(words: readonly string[]): number {
  for (let index = words.length - 1; index > 0; index -= 1) if (/^\p{Ll}/u.test(words[index]!)) return index;
  return words.length - 1 > 0 && /^\p{Lu}/u.test(words.at(-1)!) ? 0 : words.length - 1;
}

/** `noun` with its head word (`headOf`) replaced by `inflect` of it. */
function inflectHead(noun: string, inflect: (word: string) => string): string {
  const words = noun.split(' ');
  const head = headOf(words);
  words[head] = inflect(words[head]!);
  return words.join(' ');
}

/** The singular of a noun, the unit's own name: "facilities" → "facility". */
function singular(noun: string): string {
  if (isAbbreviation(noun)) return noun;
  return inflectHead(noun, (word) => pluralize.singular(word));
}

const nouns = new Map<string, string>();

/** The noun in the form that fits `count`: "1 person", "2 people", "1.5 km". */
function nounFor(noun: string, count: number): string {
  if (isAbbreviation(noun)) return noun;
  const one = Math.abs(count) === 1;
  const key = `${one ? 1 : 2}${noun}`;
  let form = nouns.get(key);
  if (form === undefined) {
    form = inflectHead(noun, (word) => pluralize(word, one ? 1 : 2));
    nouns.set(key, form);
  }
  return form;
}

const NOUN = /^[\p{L}][\p{L}\p{M}'’-]*(?: [\p{L}][\p{L}\p{M}'’-]*)*$/u;

/** Reads one side of a unit: a currency code or a count noun. */
function readBase(text: string): string {
  const name = text.trim().replace(/\s+/g, ' ');
  if (CURRENCY.test(name)) {
    if (!isCurrency(name)) throw new UnitError(`"${name}" is not an ISO 4217 currency code (such as USD, EUR, GBP)`);
    return name;
  }
  if (!NOUN.test(name)) {
    throw new UnitError(`expected a count noun such as "people" or a currency code such as "USD", found "${name}"`);
  }
  // An abbreviation keeps its letters as written: "kWh", "MW" (a mW is a billionth of a MW); so
  // does a name after the first word ("degrees Celsius"). The first word is a common noun.
  if (isAbbreviation(name)) return name;
  const [first, ...rest] = name.split(' ');
  return singular([first!.toLowerCase(), ...rest].join(' '));
}

/** A unit that cannot be read, or arithmetic over units that do not fit. */
export class UnitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnitError';
  }
}

const units = new Map<string, Unit>();

/** Reads `people`, `USD`, `people/facility`, `USD/person`; throws `UnitError` on anything else. */
export function parseUnit(text: string): Unit {
  let unit = units.get(text);
  if (!unit) {
    unit = readUnit(text);
    units.set(text, unit);
  }
  return unit;
}

function readUnit(text: string): Unit {
  if (/%|percent/i.test(text)) {
    throw new UnitError('a percentage has no unit: write format: percent (or points) and leave unit out');
  }
  const base = /^([^/]+?)\s*(?:\/|\bper\b)\s*([\d,]+)\s*([\p{L}\p{M} ]*)$/u.exec(text.trim());
  const words = base && rateBaseWords(Number(base[2]!.replaceAll(',', '')));
  if (base && words) {
    const [, what, count, of = 'people'] = base;
    throw new UnitError(
      `a rate per ${count} names its base in words: unit: ${what}/${words}, with the base as a figure to multiply by in the formula (value: ${count!.replaceAll(',', '')}, unit: ${of.trim() || 'people'}/${words}, constant: true)`,
    );
  }
  if (!/^[\p{L}\p{M}'’ *·-]+(?:\/[\p{L}\p{M}'’ *·-]+)*$/u.test(text)) {
    throw new UnitError(
      `expected a count noun such as "people", a currency code such as "USD" or a rate such as "USD/person", found "${text}"`,
    );
  }
  const sides = text.split('/');
  if (sides.length > 2) throw new UnitError(`a unit has at most one "/" ("people/facility"), found "${text}"`);
  const unit: Record<string, number> = {};
  sides.forEach((side, index) => {
    for (const factor of side.split(/[*·]/)) {
      const name = readBase(factor);
      unit[name] = (unit[name] ?? 0) + (index === 0 ? 1 : -1);
    }
  });
  return clean(unit);
}

/** "thousand", "hundred thousand", "million": the name of a rate's base, for a unit. */
export function rateBaseWords(count: number): string | undefined {
  const scales: [number, string][] = [
    [1e6, 'million'],
    [1e3, 'thousand'],
    [1e2, 'hundred'],
  ];
  for (const [size, name] of scales) {
    if (count % size === 0 && count / size >= 1) {
      const times = count / size;
      if (times === 1) return name;
      if (times === 10 || times === 100) return `${times === 10 ? 'ten' : 'hundred'} ${name}`;
    }
  }
  return undefined;
}

function clean(unit: Record<string, number>): Unit {
  const result: Record<string, number> = {};
  for (const name of Object.keys(unit).sort()) {
    if (unit[name] !== 0) result[name] = unit[name]!;
  }
  return result;
}

export function multiplyUnits(left: Unit, right: Unit, power = 1): Unit {
  const result: Record<string, number> = { ...left };
  for (const [name, exponent] of Object.entries(right)) result[name] = (result[name] ?? 0) + power * exponent;
  return clean(result);
}

export function unitsEqual(left: Unit, right: Unit): boolean {
  const names = Object.keys(left);
  return names.length === Object.keys(right).length && names.every((name) => left[name] === right[name]);
}

/** Quantities of one unit and kind: both percentages, or both people, never a percentage and points. */
export function dimensionsEqual(a: Dimension, b: Dimension): boolean {
  return a.kind === b.kind && unitsEqual(a.unit, b.unit);
}

export function isDimensionless(unit: Unit): boolean {
  return Object.keys(unit).length === 0;
}

/** The currency of an amount of money (`USD`, `USD/person`), or undefined. */
export function unitCurrency(unit: Unit): string | undefined {
  const above = Object.entries(unit).filter(([, exponent]) => exponent > 0);
  if (above.length !== 1) return undefined;
  const [name, exponent] = above[0]!;
  return exponent === 1 && CURRENCY.test(name) ? name : undefined;
}

/**
 * The currency of a unit as an editor wrote it (`GBP/share` is GBP), or undefined when it is no
 * money or does not parse: a unit that does not parse is reported where it is written.
 */
export function writtenUnitCurrency(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  try {
    return unitCurrency(parseUnit(written));
  } catch (error) {
    if (error instanceof UnitError) return undefined;
    throw error;
  }
}

function power(name: string, exponent: number, noun: (name: string) => string): string {
  const shown = CURRENCY.test(name) ? name : noun(name);
  return exponent === 1 ? shown : `${shown}^${exponent}`;
}

function sides(unit: Unit) {
  const entries = Object.entries(unit);
  return {
    above: entries.filter(([, exponent]) => exponent > 0),
    below: entries.filter(([, exponent]) => exponent < 0).map(([name, exponent]) => [name, -exponent] as const),
  };
}

const PERIODS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade']);

/**
 * The two periods of time that a result's unit keeps apart, one above beside another unit and one
 * below (`GBP·year/month`: year and month), or undefined. Such a unit comes from a yearly amount
 * given no per-year unit (`GBP`, not `GBP/year`) and divided by `months/year`; a rate of time
 * itself, `hours/day`, has no other unit above and is left alone.
 */
export function strandedPeriods(unit: Unit): [string, string] | undefined {
  const { above, below } = sides(unit);
  const period = above.find(([name]) => PERIODS.has(name))?.[0];
  const per = below.find(([name]) => PERIODS.has(name))?.[0];
  const other = above.some(([name]) => !PERIODS.has(name));
  return period && per && other ? [period, per] : undefined;
}

/**
 * The two periods a unit of time over time holds (`year/month`: year and month), or undefined.
 * With another unit cancelled on the way (`GBP/month ÷ GBP/year`), it is a monthly amount divided
 * by a yearly one, the periods never converted; a rate of time counted as such (`hours/day`) is
 * told apart by the formula's inputs (`findFactChecks.ts`).
 */
export function crossedPeriods(unit: Unit): [string, string] | undefined {
  const { above, below } = sides(unit);
  if (above.length !== 1 || below.length !== 1) return undefined;
  const [[period, up], [per, down]] = [above[0]!, below[0]!];
  return PERIODS.has(period) && PERIODS.has(per) && up === 1 && down === 1 ? [period, per] : undefined;
}

/** The period a unit is "per" and nothing else (`1/year`: year), or undefined. */
export function loosePeriod(unit: Unit): string | undefined {
  const entries = Object.entries(unit);
  const [name, exponent] = entries[0] ?? [];
  return entries.length === 1 && exponent === -1 && PERIODS.has(name!) ? name : undefined;
}

/** Whether a unit names a period of time anywhere: `GBP/month` does, `GBP` does not. */
export function hasPeriod(unit: Unit): boolean {
  return Object.keys(unit).some((name) => PERIODS.has(name));
}

/** Whether a unit counts something besides periods of time: `GBP/month` does, `hours/day` does not. */
export function countsBesidesTime(unit: Unit): boolean {
  return Object.keys(unit).some((name) => !PERIODS.has(name));
}

/** How many of the shorter period make the longer, where that is fixed: 12 months in a year. */
export const PERIODS_IN: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  decade: { year: 10 },
  year: { quarter: 4, month: 12 },
  quarter: { month: 3 },
  fortnight: { week: 2, day: 14 },
  week: { day: 7 },
  day: { hour: 24 },
  hour: { minute: 60 },
  minute: { second: 60 },
};

/** The unit as data: "people/facility", "USD/person", "" for none. */
export function unitName(unit: Unit): string {
  const { above, below } = sides(unit);
  const top = above.map(([name, exponent]) => power(name, exponent, (noun) => nounFor(noun, 2))).join('·') || '1';
  if (below.length === 0) return above.length ? top : '';
  return `${top}/${below.map(([name, exponent]) => power(name, exponent, (noun) => noun)).join('·')}`;
}

/**
 * The words a reader sees after a number of this unit: "people", "person", "people per
 * facility", "per person" (after "US$334", which carries its currency), "per worker per year".
 * Empty when none.
 */
export function unitWords(unit: Unit, count: number, { withCurrency = false } = {}): string {
  const money = withCurrency ? undefined : unitCurrency(unit);
  const { above, below } = sides(unit);
  const top = above
    .filter(([name]) => name !== money)
    .map(([name, exponent]) => power(name, exponent, (noun) => nounFor(noun, count)))
    .join(' × ');
  // Each unit below is its own "per", a period last: "£758 per worker per year", never "per worker × year".
  const bottom = [...below]
    .sort(([a], [b]) => Number(PERIODS.has(a)) - Number(PERIODS.has(b)))
    .map(([name, exponent]) => `per ${power(name, exponent, (noun) => noun)}`)
    .join(' ');
  return [top, bottom].filter(Boolean).join(' ');
}

/** A dimension in a message: "people", "a percentage", "no unit". */
export function describeDimension({ unit, kind }: Dimension): string {
  if (kind === 'percent') return 'a percentage';
  if (kind === 'points') return 'percentage points';
  if (kind === 'year') return 'a year';
  return isDimensionless(unit) ? 'no unit' : unitName(unit);
}

export function yearDimension(): Dimension {
  return { unit: YEAR, kind: 'year' };
}

/**
 * The dimension of a formula's result, from the dimensions of its ids. Throws `UnitError`
 * naming both sides of a + or − whose units differ.
 */
export function deriveDimension(tree: FormulaNode, dimensionOf: (id: string) => Dimension): Dimension {
  const text = (node: FormulaNode) =>
    renderFormula(node, (leaf) => (leaf.kind === 'id' ? leaf.id : leaf.text)).replace(/^\((.*)\)$/, '$1');
  const visit = (node: FormulaNode): Dimension => {
    switch (node.kind) {
      case 'number':
        return { unit: NO_UNIT };
      case 'id':
        return dimensionOf(node.id);
      case 'negate':
        return visit(node.operand);
      case 'binary': {
        const left = visit(node.left);
        const right = visit(node.right);
        if ((node.op === '*' || node.op === '/') && (left.kind === 'year' || right.kind === 'year')) {
          const year = left.kind === 'year' ? node.left : node.right;
          throw new UnitError(
            `cannot ${node.op === '*' ? 'multiply' : 'divide'} ${text(year)} (a year): a year is a date; subtract two years to get a number of years`,
          );
        }
        if (node.op === '*') return { unit: multiplyUnits(left.unit, right.unit) };
        if (node.op === '/') return { unit: multiplyUnits(left.unit, right.unit, -1) };
        return addDimensions(node.op, left, right, () => [text(node.left), text(node.right)]);
      }
    }
  };
  return visit(tree);
}

function addDimensions(op: '+' | '-', left: Dimension, right: Dimension, names: () => [string, string]): Dimension {
  const verb = op === '+' ? 'add' : 'subtract';
  const mismatch = (why: string) => {
    const [leftName, rightName] = names();
    return new UnitError(
      `cannot ${verb} ${leftName} (${describeDimension(left)}) and ${rightName} (${describeDimension(right)}): ${why}`,
    );
  };
  if (!unitsEqual(left.unit, right.unit)) throw mismatch('+ and − need the same unit on both sides');
  const kinds = new Set([left.kind, right.kind]);
  if (left.kind === 'year' && right.kind === 'year') {
    if (op === '+') throw mismatch('two years cannot be added; their difference is a number of years');
    return { unit: YEAR };
  }
  if (kinds.has('year')) return { unit: YEAR, kind: 'year' };
  if (left.kind === 'percent' && right.kind === 'percent')
    return { unit: NO_UNIT, kind: op === '-' ? 'points' : 'percent' };
  if (kinds.has('percent') && kinds.has('points')) return { unit: NO_UNIT, kind: 'percent' };
  if (left.kind === 'points' && right.kind === 'points') return { unit: NO_UNIT, kind: 'points' };
  // 1 + growth: a share beside a plain number is a plain ratio.
  return { unit: left.unit };
}
