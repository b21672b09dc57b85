/**
 * Turns an article's validated frontmatter into the one resolved object every consumer uses:
 * the page, its fact boxes and charts, feeds, structured data, downloads and the checker.
 *
 * Rules:
 * - Every cross-reference is checked: sources, `compareTo`, formula ids, chart and timeline ids.
 * - Figure and fact ids share one namespace; a duplicate is an error.
 * - Formulas are evaluated in dependency order; a cycle, an unknown id, a syntax error, a
 *   non-finite or oversized result, or units that do not fit (`units.ts`) is an error naming the field.
 * - A fact's unit and format follow from its formula; when the editor writes them, they must agree.
 * - A figure is shown with the digits the editor wrote, unless `digits` or `significant` says
 *   otherwise: 7040000 as a `compact` figure is "7.04 million", not the format's "7 million".
 * - Inexact inputs travel as intervals (`interval.ts`), so a result claims only the exactness its
 *   inputs justify; the verdict on a stated figure follows `compareStated.ts`.
 * - A result is shown no more precisely than its inputs allow: a sum or difference to its least
 *   precise input's digits, a product or quotient of 100 or more to three significant digits
 *   (where the editor names no digits).
 * - The arithmetic shown holds at the precision shown (`showArithmetic.ts`).
 * - All problems are collected and thrown together as one `ArticleError`.
 */
import type { ArticleData, ChartInput } from '../schema/article.ts';
import type { FactInput } from '../schema/fact.ts';
import type { FigureInput } from '../schema/figure.ts';
import type { SourceInput } from '../schema/source.ts';
import { didYouMean } from './closestNames.ts';
import { ArticleError, type ArticleProblem } from './ArticleError.ts';
import { compareStated } from './compareStated.ts';
import {
  basisPointsProblem,
  DIMENSIONLESS_FORMATS,
  formatRange,
  formatValue,
  LARGEST_VALUE,
  MINOR_UNITS,
  minorUnitProblem,
  qualify,
  roundingStep,
  shownValue,
  styleAsWritten,
  writtenStep,
  type NumberStyle,
  type Qualifier,
  type ResultQualifier,
  type ValueFormat,
} from './formatValue.ts';
import {
  DivisionByZeroError,
  FormulaSyntaxError,
  evaluateFormula,
  formulaIds,
  formulaOperators,
  parseFormula,
  type FormulaNode,
} from './formula.ts';
import { evaluateInterval, isPoint, qualifiedInterval, qualifierOf, type Interval } from './interval.ts';
import { showArithmetic } from './showArithmetic.ts';
import {
  UnitError,
  deriveDimension,
  dimensionsEqual,
  describeDimension,
  isDimensionless,
  parseUnit,
  unitCurrency,
  unitName,
  unitWords,
  unitsEqual,
  yearDimension,
  NO_UNIT,
  type Dimension,
} from './units.ts';

import { comparePartialDates, formatPartialDate, partialDateDatetime, type PartialDate } from './partialDate.ts';

export interface ResolvedDate extends PartialDate {
  /** "October 2024": the date at its own precision. */
  display: string;
  /** For `<time datetime>`: the written form, or a quarter's year (HTML has no quarters). */
  datetime: string;
}

export interface ResolvedSource extends Omit<SourceInput, 'published' | 'accessed'> {
  id: string;
  /** 1-based position in the sources list, used for footnote marks. */
  number: number;
  published?: ResolvedDate;
  accessed?: ResolvedDate;
  /** Ids of the figures that cite this source, in declaration order. */
  citedBy: string[];
}

/** What figures and facts share: a value, how it is shown, its unit and where it can lie. */
interface ResolvedNumber {
  id: string;
  /** The number, or the middle of a range. */
  value: number;
  format: ValueFormat;
  /** Format, currency, sign and precision: everything the formatter needs. */
  style: NumberStyle;
  /** The unit as data: "people", "people/facility", "USD". Absent when there is none. */
  unit?: string;
  /** The unit with what kind of number it is, for arithmetic. */
  dimension: Dimension;
  /** The words a reader sees after the number: "people", "per person" (after "US$334"), or "". */
  unitWords: string;
  /** The unit said on its own, currency included: "people", "USD per person", or "". */
  unitLong: string;
  /** Where the value can lie, given its qualifier, its range or its inputs. */
  interval: Interval;
  /** `[low, high]` for a stated range, or a result computed from one. */
  range?: [number, number];
  /** The number alone: "30,000", "US$2.7 trillion", "10–15". */
  number: string;
  /** The number as read in the text, qualifier included: "over 30,000". */
  display: string;
}

export interface ResolvedFigure extends ResolvedNumber {
  kind: 'figure';
  /** The editor's label, or the id in words. */
  label: string;
  qualifier: Qualifier;
  asOf?: ResolvedDate;
  /** A forecast, projection or target for `asOf`, not a measurement. */
  forecast: boolean;
  /** Decided, and applying from `asOf`: a price cap, a tax rate or a wage set for a date to come. */
  scheduled: boolean;
  /** True by definition (60 minutes in an hour): no source backs it, and none is needed. */
  constant: boolean;
  source?: ResolvedSource;
  claimedBy?: string;
  note?: string;
}

export type Verdict = 'matches' | 'differs' | 'may match';

export interface Comparison {
  /** The stated figure the computation checks. */
  stated: ResolvedFigure;
  verdict: Verdict;
  /** How the verdict was reached: the stated number's rounding, a tolerance, its qualifier or its range. */
  rule: 'rounding' | 'tolerance' | 'tolerancePoints' | 'qualifier' | 'range';
  /** stated − computed. */
  difference: number;
  /** (stated − computed) ÷ computed. */
  relative: number;
  /** The relative tolerance, when the fact sets one. */
  tolerance?: number;
  /** The tolerance in percentage points, when the fact sets one. */
  tolerancePoints?: number;
  /** The gap in the number's own terms, when it differs: "1,000 fewer", "US$50 billion more". */
  gap?: string;
  /** The gap relative to the computed value, when it differs and that can be said: "4.8% below". */
  gapShare?: string;
  /** One sentence a reader can follow: "The article states 20,000: 1,000 fewer, 4.8% below the computed 21,000." */
  summary: string;
}

export interface ResolvedFact extends ResolvedNumber {
  kind: 'fact';
  title: string;
  formula: string;
  /** The formula is a change over its base, `(now - then) / then`: "doubled" is +100 % of it. */
  isChange: boolean;
  /** What the result's inputs let it claim: exact, about, over, up to … */
  qualifier: ResultQualifier;
  /** The formula with its inputs' values: "100 × 210". */
  arithmetic: string;
  /** The arithmetic and its result: "100 × 210 = 21,000". */
  equation: string;
  /** The figures and facts the formula reads, in order of first use. */
  inputs: (ResolvedFigure | ResolvedFact)[];
  /** Inputs that are not exact (over, about, up to, a range): the result is no more exact than they are. */
  approximateInputs: ResolvedFigure[];
  comparison?: Comparison;
  /** What the editor expects of the verdict; `differs` acknowledges a discrepancy as the story. */
  expect?: 'matches' | 'differs';
  note?: string;
}

export interface ResolvedTimelineEntry {
  date: ResolvedDate;
  text: string;
  source?: ResolvedSource;
}

export interface ResolvedChart extends Omit<ChartInput, 'figures'> {
  /** The figures and computed facts drawn, in order. */
  figures: (ResolvedFigure | ResolvedFact)[];
}

export interface ResolvedArticle {
  file: string;
  locale: string;
  title: string;
  dek: string;
  section: string;
  tags: string[];
  authors: string[];
  draft: boolean;
  published: ResolvedDate;
  updated?: ResolvedDate;
  sources: ResolvedSource[];
  figures: ResolvedFigure[];
  facts: ResolvedFact[];
  timeline: ResolvedTimelineEntry[];
  charts: ResolvedChart[];
  /** Figures and facts by id. */
  byId: ReadonlyMap<string, ResolvedFigure | ResolvedFact>;
  /** Figures no source backs, listed for readers as unattributed (constants need none). */
  unattributed: ResolvedFigure[];
}

export interface ResolveOptions {
  /** The article's path, named in every error. */
  file: string;
  /** BCP 47 locale for numbers and dates. */
  locale: string;
}

/** "perFacility" → "per facility": a readable fallback when a figure has no label. */
/**
 * What a figure's date is, in the words its card and a fact box put before it: "Forecast" for a
 * forecast, "Set" for a value already decided, nothing for a measurement ("As of").
 */
export function outlookWord(figure: Pick<ResolvedFigure, 'forecast' | 'scheduled'>): 'Forecast' | 'Set' | undefined {
  if (figure.forecast) return 'Forecast';
  return figure.scheduled ? 'Set' : undefined;
}

export function idToWords(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function resolveDate(date: PartialDate, locale: string): ResolvedDate {
  return { ...date, display: formatPartialDate(date, locale), datetime: partialDateDatetime(date) };
}

function entries<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record);
}

/** Resolves an article, or throws an `ArticleError` listing every problem found. */
export function resolveArticle(data: ArticleData, options: ResolveOptions): ResolvedArticle {
  const { article, problems } = tryResolveArticle(data, options);
  if (!article) throw new ArticleError(options.file, problems);
  return article;
}

/** Resolves an article and reports problems instead of throwing; `article` is absent if any. */
export function tryResolveArticle(
  data: ArticleData,
  { file, locale }: ResolveOptions,
): { article?: ResolvedArticle; problems: ArticleProblem[] } {
  const problems: ArticleProblem[] = [];
  const date = (value: PartialDate) => resolveDate(value, locale);

  const sources = new Map<string, ResolvedSource>();
  entries(data.sources).forEach(([id, source], index) => {
    sources.set(id, {
      ...source,
      id,
      number: index + 1,
      published: source.published && date(source.published),
      accessed: source.accessed && date(source.accessed),
      citedBy: [],
    });
  });

  const sourceFor = (id: string | undefined, field: string): ResolvedSource | undefined => {
    if (id === undefined) return undefined;
    const source = sources.get(id);
    if (!source) problems.push({ field, message: unknownIdMessage('source', id, [...sources.keys()]) });
    return source;
  };

  const byId = new Map<string, ResolvedFigure | ResolvedFact>();
  const figures = entries(data.figures).map(([id, figure]) => {
    const resolved = resolveFigure(id, figure, locale, date);
    resolved.source = sourceFor(figure.source, `figures.${id}.source`);
    resolved.source?.citedBy.push(id);
    byId.set(id, resolved);
    return resolved;
  });

  for (const id of Object.keys(data.facts)) {
    if (byId.has(id)) {
      problems.push({
        field: `facts.${id}`,
        message: `the id "${id}" is already used by a figure; figures and facts share one set of ids`,
      });
    }
  }

  const facts = resolveFacts(data.facts, byId, problems, locale);

  const timeline = data.timeline
    .map((entry, index) => ({
      date: date(entry.date),
      text: entry.text,
      source: sourceFor(entry.source, `timeline.${index}.source`),
    }))
    .sort((a, b) => comparePartialDates(a.date, b.date));

  const chartIds = new Set<string>();
  const charts = data.charts.map((chart, index) => {
    if (chartIds.has(chart.id)) {
      problems.push({ field: `charts.${index}.id`, message: `the chart id "${chart.id}" is used twice` });
    }
    chartIds.add(chart.id);
    const chartFigures = chart.figures.flatMap((id, position) => {
      const item = byId.get(id);
      if (item) return [item];
      // A fact that failed to resolve has already been reported under its own field.
      if (Object.hasOwn(data.facts, id)) return [];
      problems.push({
        field: `charts.${index}.figures.${position}`,
        message: unknownIdMessage('figure or fact', id, [...byId.keys()]),
      });
      return [];
    });
    const first = chartFigures[0];
    if (first && chartFigures.some((item) => !sameDimension(item.dimension, first.dimension))) {
      const listed = chartFigures.map((item) => `${item.id}: ${describeDimension(item.dimension)}`).join(', ');
      problems.push({
        field: `charts.${index}.figures`,
        message: `the bars of one chart must count the same unit (found ${listed})`,
      });
    }
    return { ...chart, figures: chartFigures };
  });

  if (problems.length > 0) return { problems };

  const article: ResolvedArticle = {
    file,
    locale,
    title: data.title,
    dek: data.dek,
    section: data.section,
    tags: data.tags,
    authors: data.authors ?? [],
    draft: data.draft,
    published: date(data.published),
    updated: data.updated && date(data.updated),
    sources: [...sources.values()],
    figures,
    facts,
    timeline,
    charts,
    byId,
    unattributed: figures.filter((figure) => !figure.source && !figure.constant),
  };
  return { article, problems };
}

/** Two quantities are of one kind when their units agree and neither is points or a year against the other. */
function sameDimension(a: Dimension, b: Dimension): boolean {
  const special = (dimension: Dimension) => (dimension.kind === 'percent' ? undefined : dimension.kind);
  return unitsEqual(a.unit, b.unit) && special(a) === special(b);
}

function figureDimension(figure: FigureInput): Dimension {
  if (figure.format === 'year') return yearDimension();
  const unit = figure.unit === undefined ? NO_UNIT : parseUnit(figure.unit);
  if (figure.format === 'percent' || figure.format === 'points') return { unit, kind: figure.format };
  return { unit };
}

function styleOf(
  format: ValueFormat,
  dimension: Dimension,
  options: { signed?: boolean; digits?: number; significant?: number; basisPoints?: boolean; minorUnit?: boolean },
): NumberStyle {
  const currency = unitCurrency(dimension.unit);
  return {
    format,
    currency,
    signed: options.signed,
    digits: options.digits,
    significant: options.significant,
    ...(options.basisPoints && { basisPoints: true }),
    ...(options.minorUnit && !minorUnitProblem(format, currency, true) && { minorUnit: true }),
  };
}

/**
 * The unit fields of a resolved number: as data, and as words after `value`. Money shown in its
 * minor unit says so in the long words: "pence per share", where the data keeps "GBP/share".
 */
function unitFields(dimension: Dimension, value: number, style?: NumberStyle) {
  const unit = dimension.kind === 'year' || isDimensionless(dimension.unit) ? undefined : unitName(dimension.unit);
  const long = unit === undefined ? '' : unitWords(dimension.unit, value, { withCurrency: true });
  const minor = style?.minorUnit && style.currency ? MINOR_UNITS[style.currency]?.name : undefined;
  return {
    unit,
    unitWords: unit === undefined ? '' : unitWords(dimension.unit, value),
    unitLong: minor ? long.replace(style!.currency!, minor) : long,
  };
}

function resolveFigure(
  id: string,
  figure: FigureInput,
  locale: string,
  date: (value: PartialDate) => ResolvedDate,
): ResolvedFigure {
  const dimension = figureDimension(figure);
  const values = Array.isArray(figure.value) ? figure.value : [figure.value];
  const style = styleAsWritten(styleOf(figure.format, dimension, figure), values, locale);
  const range = Array.isArray(figure.value) ? ([figure.value[0], figure.value[1]] as [number, number]) : undefined;
  const value = range ? (range[0] + range[1]) / 2 : (figure.value as number);
  const number = range ? formatRange(range[0], range[1], style, locale) : formatValue(value, style, locale);
  const interval: Interval = range
    ? { low: range[0], high: range[1], lowOpen: false, highOpen: false }
    : qualifiedInterval(value, figure.qualifier, roundingStep(value, style));
  return {
    kind: 'figure',
    id,
    value,
    format: figure.format,
    style,
    ...unitFields(dimension, range ? range[1] : value, style),
    dimension,
    interval,
    range,
    label: figure.label ?? idToWords(id),
    qualifier: figure.qualifier,
    number,
    display: qualify(number, figure.qualifier),
    asOf: figure.asOf && date(figure.asOf),
    forecast: figure.forecast,
    scheduled: figure.scheduled,
    constant: figure.constant,
    claimedBy: figure.claimedBy,
    note: figure.note,
  };
}

function unknownIdMessage(kind: string, id: string, known: string[]): string {
  const list = known.length > 0 ? `known: ${known.join(', ')}` : `the article declares none`;
  const guess = didYouMean(id, known);
  return `unknown ${kind} id "${id}"${guess && `: ${guess}`} (${list})`;
}

function resolveFacts(
  inputs: Record<string, FactInput>,
  byId: Map<string, ResolvedFigure | ResolvedFact>,
  problems: ArticleProblem[],
  locale: string,
): ResolvedFact[] {
  const parsed = new Map<string, FormulaNode>();
  for (const [id, fact] of entries(inputs)) {
    try {
      parsed.set(id, parseFormula(fact.formula));
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
      problems.push({
        field: `facts.${id}.formula`,
        message: `cannot read the formula "${fact.formula}": ${error.message} (column ${error.column})`,
        offset: error.column - 1,
      });
    }
  }

  const known = [...byId.keys(), ...Object.keys(inputs)];
  for (const [id, tree] of parsed) {
    for (const name of formulaIds(tree)) {
      if (!byId.has(name) && !Object.hasOwn(inputs, name)) {
        // A fact cannot use itself, so its own id is not offered.
        const usable = known.filter((other) => other !== id);
        problems.push({
          field: `facts.${id}.formula`,
          message: unknownIdMessage('figure or fact', name, usable),
          offset: inputs[id]!.formula.indexOf(name),
        });
        parsed.delete(id);
        break;
      }
    }
  }

  // Depth-first evaluation in dependency order; `visiting` holds the current path to find cycles.
  const visiting: string[] = [];
  const failed = new Set<string>();
  const resolve = (id: string): ResolvedFact | undefined => {
    const done = byId.get(id);
    if (done?.kind === 'fact') return done;
    if (failed.has(id)) return undefined;
    const tree = parsed.get(id);
    const fact = inputs[id]!;
    if (!tree) {
      failed.add(id);
      return undefined;
    }
    if (visiting.includes(id)) {
      const cycle = [...visiting.slice(visiting.indexOf(id)), id].join(' → ');
      problems.push({ field: `facts.${id}.formula`, message: `the formula depends on itself: ${cycle}` });
      failed.add(id);
      return undefined;
    }
    visiting.push(id);
    const dependencies = formulaIds(tree).map(
      (name) => byId.get(name) ?? (Object.hasOwn(inputs, name) ? resolve(name) : undefined),
    );
    visiting.pop();
    if (dependencies.some((dependency) => dependency === undefined)) {
      failed.add(id);
      return undefined;
    }
    const resolved = evaluateFact(id, fact, tree, byId, problems, locale, inputs);
    if (resolved) byId.set(id, resolved);
    else failed.add(id);
    return resolved;
  };

  return Object.keys(inputs).flatMap((id) => resolve(id) ?? []);
}

/**
 * The format a result takes when the editor names none: a percentage, points or a year when the
 * formula gives one; a ratio as the stated figure it is checked against shows it (a percentage, a
 * multiple or a plain number); a ratio of two amounts of one kind (`part / whole`,
 * `(now - then) / then`) as a percentage, or as a multiple above 1 unless it is a change
 * (`price / earnings` is 8.3×); else the one format all its amounts share (a sum of
 * compact amounts is compact), a count only while the result is whole (1,000 ÷ 2,500 is 0.4,
 * never "0"); else `number`.
 */
function derivedFormat(
  tree: FormulaNode,
  value: number,
  dimension: Dimension,
  byId: Map<string, ResolvedFigure | ResolvedFact>,
  stated?: ResolvedNumber,
): ValueFormat {
  if (dimension.kind) return dimension.kind;
  if (stated && isDimensionless(dimension.unit) && ['percent', 'multiple', 'number'].includes(stated.format)) {
    return stated.format;
  }
  // What is left of a whole is a share: 1 − 67.6% on time is 32.4% late.
  if (isComplement(tree, byId)) return 'percent';
  // A share is a percentage (40%), and so is a change (+150%); a ratio above 1 is a multiple:
  // "8.3 times earnings", "a pace 1.7 times faster", not 834% or 170%.
  if (isRatioOfLikeAmounts(tree, byId)) return value > 1 && !isChange(tree) ? 'multiple' : 'percent';
  // Years only date the amounts: £1.8 billion over (2029 − 2024) is compact, as the billions are.
  // Shares and multiples only scale them: 812 million × (1 − 68%) is compact too.
  const scalesOnly = (format: ValueFormat) =>
    format === 'year' || (!isDimensionless(dimension.unit) && DIMENSIONLESS_FORMATS.includes(format));
  const formats = new Set(
    formulaIds(tree)
      .map((id) => byId.get(id)!.format)
      .filter((format) => !scalesOnly(format)),
  );
  const [only] = formats;
  if (only === 'count' && formats.size === 1) return Number.isInteger(value) ? 'count' : 'number';
  return formats.size === 1 && only === 'compact' ? only : 'number';
}

/**
 * The digits a sum or difference needs beyond its format's to be as precise as its least precise
 * input: £1.351 − £1.372 is −£0.021, where pounds alone would show −£0.02. Only where the editor
 * names no digits, and only for + and −: a product or a quotient is as precise as its format.
 */
function additiveExtra(
  tree: FormulaNode,
  byId: Map<string, ResolvedFigure | ResolvedFact>,
  value: number,
  style: NumberStyle,
  locale: string,
): number {
  if (style.digits !== undefined || style.significant !== undefined) return 0;
  if ([...formulaOperators(tree)].some((op) => op !== '+' && op !== '-')) return 0;
  const inputs = formulaIds(tree).map((id) => byId.get(id)!);
  if (inputs.length === 0 || inputs.some((input) => input.range)) return 0;
  const step = Math.max(...inputs.map((input) => writtenStep(input.value, input.style)));
  const noise = 1e-9 * Math.max(1, Math.abs(value));
  for (let extra = 0; extra < MOST_ADDITIVE_EXTRA; extra += 1) {
    if (Math.abs(shownValue(value, style, locale, extra) - value) <= step / 2 + noise) return extra;
  }
  return MOST_ADDITIVE_EXTRA;
}

const MOST_ADDITIVE_EXTRA = 6;

/**
 * A sum or difference of amounts all shown in pence or cents is shown in them too: 13.95p − 13.1p
 * is 0.85p. A product or quotient is not (13.95p a share × 7 billion shares is pounds).
 */
function inMinorUnits(tree: FormulaNode, inputs: readonly (ResolvedFigure | ResolvedFact)[]): boolean | undefined {
  if ([...formulaOperators(tree)].some((op) => op !== '+' && op !== '-')) return undefined;
  const money = inputs.filter((input) => input.style.currency !== undefined);
  return money.length > 0 && money.every((input) => input.style.minorUnit) ? true : undefined;
}

/**
 * A product or quotient of 100 or more, shown as a plain number or money (or compact, under a
 * thousand) where the editor names no digits, is shown to three significant digits: £2.8 billion
 * ÷ 2,900 stores is £966,000, not £965,517.24, and 330,000 ÷ 2,900 is 114, not 113.79. Its
 * pennies and decimals are digits its inputs do not hold.
 */
function quotientSignificant(
  tree: FormulaNode,
  value: number,
  format: ValueFormat,
  { digits, significant }: FactInput,
): number | undefined {
  if (digits !== undefined || significant !== undefined) return undefined;
  const operators = [...formulaOperators(tree)];
  const multiplies = operators.length > 0 && operators.every((op) => op === '*' || op === '/');
  return multiplies ? productSignificant(value, format) : undefined;
}

/**
 * The significant digits of a product or quotient's `value` in `format` (`quotientSignificant`),
 * or undefined when its format's own digits show it: the checker offers a ratio as the fact
 * declared from it would show it.
 */
export function productSignificant(value: number, format: ValueFormat): number | undefined {
  // A compact number under a thousand is a plain one: 276,900 ÷ 365 is 759 trains, not 758.6.
  const plain = format === 'number' || (format === 'compact' && Math.abs(value) < 1000);
  return plain && Math.abs(value) >= 100 ? 3 : undefined;
}

/** Whether `tree` is a difference over something: `(now - then) / then`. */
function isChange(tree: FormulaNode): boolean {
  return tree.kind === 'binary' && tree.left.kind === 'binary' && tree.left.op === '-';
}

/**
 * Whether `tree` divides an amount by an amount of the same unit, or a percentage (or a
 * difference of percentages, in points) by a percentage, read from the article's figures.
 */
function isRatioOfLikeAmounts(tree: FormulaNode, byId: Map<string, ResolvedFigure | ResolvedFact>): boolean {
  if (tree.kind !== 'binary' || tree.op !== '/' || formulaIds(tree.right).length === 0) return false;
  const dimensionOf = (id: string) => byId.get(id)!.dimension;
  const [above, below] = [deriveDimension(tree.left, dimensionOf), deriveDimension(tree.right, dimensionOf)];
  const isMeasure = (side: FormulaNode) =>
    formulaIds(side).every((id) => ['count', 'number', 'compact', 'percent', 'points'].includes(byId.get(id)!.format));
  // A share's change over the share, (share2024 - share2023) / share2023, is points over a
  // percentage: a change as much as (now - then) / then of any amount is.
  const asShare = (dimension: Dimension): Dimension =>
    dimension.kind === 'points' ? { ...dimension, kind: 'percent' } : dimension;
  return (
    above.kind !== 'year' &&
    dimensionsEqual(asShare(above), asShare(below)) &&
    isMeasure(tree.left) &&
    isMeasure(tree.right)
  );
}

/** Whether `tree` is 1 less some percentages (`1 - onTime`, `1 - a - b`): the rest of a whole. */
function isComplement(tree: FormulaNode, byId: Map<string, ResolvedFigure | ResolvedFact>): boolean {
  let leftmost = tree;
  while (leftmost.kind === 'binary') leftmost = leftmost.left;
  const ids = formulaIds(tree);
  return (
    leftmost.kind === 'number' &&
    leftmost.value === 1 &&
    tree.kind === 'binary' &&
    tree.op === '-' &&
    ids.length > 0 &&
    ids.every((id) => byId.get(id)!.format === 'percent') &&
    [...formulaOperators(tree)].every((op) => op === '+' || op === '-') &&
    countLiterals(tree) === 1
  );
}

function countLiterals(node: FormulaNode): number {
  if (node.kind === 'number') return 1;
  if (node.kind === 'negate') return countLiterals(node.operand);
  if (node.kind === 'binary') return countLiterals(node.left) + countLiterals(node.right);
  return 0;
}

/** Why `format` cannot show a result of this dimension, or undefined when it can. */
function formatProblem(format: ValueFormat, dimension: Dimension): string | undefined {
  const what = describeDimension(dimension);
  if (
    (format === 'percent' || format === 'multiple' || format === 'points' || format === 'rank') &&
    !isDimensionless(dimension.unit)
  ) {
    return `the formula gives ${what}, which format: ${format} cannot show (a ${format} has no unit)`;
  }
  if (format === 'percent' && dimension.kind === 'points') {
    return 'a difference of two percentages is in percentage points: use format: points';
  }
  if (format === 'points' && dimension.kind === 'percent') {
    return 'the formula gives a percentage, not a difference of two: use format: percent';
  }
  if (format === 'year' && !(dimension.kind === 'year' || unitName(dimension.unit) === 'years')) {
    return `the formula gives ${what}, not a year: use another format`;
  }
  if (format !== 'year' && dimension.kind === 'year') {
    return `the formula gives a year: use format: year`;
  }
  if (
    (format === 'count' || format === 'number' || format === 'compact') &&
    (dimension.kind === 'percent' || dimension.kind === 'points')
  ) {
    return `the formula gives ${what}: use format: ${dimension.kind}`;
  }
  return undefined;
}

function evaluateFact(
  id: string,
  fact: FactInput,
  tree: FormulaNode,
  byId: Map<string, ResolvedFigure | ResolvedFact>,
  problems: ArticleProblem[],
  locale: string,
  /** Every fact of the article, resolved or not: `compareTo` may name one not yet evaluated. */
  facts: Record<string, FactInput>,
): ResolvedFact | undefined {
  const field = `facts.${id}.formula`;
  let dimension: Dimension;
  try {
    dimension = deriveDimension(tree, (name) => byId.get(name)!.dimension);
  } catch (error) {
    if (!(error instanceof UnitError)) throw error;
    problems.push({ field, message: `the units do not fit: ${error.message}` });
    return undefined;
  }
  const inputs = formulaIds(tree).map((name) => byId.get(name)!);
  if (fact.unit !== undefined) {
    const written = parseUnit(fact.unit);
    if (!unitsEqual(written, dimension.unit)) {
      const derived = isDimensionless(dimension.unit) ? 'no unit' : unitName(dimension.unit);
      problems.push({
        field: `facts.${id}.unit`,
        message: `the formula gives ${derived}, but unit says "${fact.unit}": correct the unit, or leave it out and Tally uses the one the formula gives`,
      });
      return undefined;
    }
  }

  let value: number;
  try {
    value = evaluateFormula(tree, (name) => byId.get(name)!.value);
  } catch (error) {
    if (!(error instanceof DivisionByZeroError)) throw error;
    problems.push({ field, message: `the formula "${fact.formula}" divides by zero` });
    return undefined;
  }
  if (!Number.isFinite(value)) {
    problems.push({ field, message: `the formula "${fact.formula}" does not give a finite number (found ${value})` });
    return undefined;
  }
  if (Math.abs(value) > LARGEST_VALUE) {
    problems.push({
      field,
      message: `the formula "${fact.formula}" gives a number too large to show (over ${LARGEST_VALUE.toExponential()}); check its ids and operators`,
    });
    return undefined;
  }
  const statedItem = fact.compareTo === undefined ? undefined : byId.get(fact.compareTo);
  const format = fact.format ?? derivedFormat(tree, value, dimension, byId, statedItem);
  const misfit = formatProblem(format, dimension);
  if (misfit) {
    problems.push({ field: fact.format ? `facts.${id}.format` : field, message: misfit });
    return undefined;
  }
  const notPoints = basisPointsProblem(format, fact.basisPoints);
  if (notPoints) {
    problems.push({ field: `facts.${id}.basisPoints`, message: notPoints });
    return undefined;
  }
  const notMinor = minorUnitProblem(format, unitCurrency(dimension.unit), fact.minorUnit);
  if (notMinor) {
    problems.push({ field: `facts.${id}.minorUnit`, message: notMinor });
    return undefined;
  }

  const interval = evaluateInterval(tree, (name) => byId.get(name)!.interval);
  const plainStyle = styleOf(format, dimension, {
    ...fact,
    significant: fact.significant ?? quotientSignificant(tree, value, format, fact),
    minorUnit: fact.minorUnit ?? inMinorUnits(tree, inputs),
  });
  const extra = additiveExtra(tree, byId, value, plainStyle, locale);
  const style = extra > 0 ? { ...plainStyle, extra } : plainStyle;
  const fromRange = inputs.some((input) => input.range);
  const range =
    fromRange && Number.isFinite(interval.low) && Number.isFinite(interval.high) && !isPoint(interval)
      ? ([interval.low, interval.high] as [number, number])
      : undefined;
  const qualifier: ResultQualifier = range ? 'exact' : qualifierOf(value, interval);
  const shown = (style: NumberStyle) => {
    const number = range ? formatRange(range[0], range[1], style, locale) : formatValue(value, style, locale);
    const display = qualify(number, qualifier);
    const arithmetic = showArithmetic(tree, { byId, style, value, display: number, locale });
    return { style, number, display, arithmetic, equation: `${arithmetic} = ${display}` };
  };
  const resolved: ResolvedFact = {
    kind: 'fact',
    id,
    title: fact.title,
    formula: fact.formula,
    isChange: isChange(tree),
    value,
    format,
    ...shown(style),
    ...unitFields(dimension, value, style),
    dimension,
    interval,
    range,
    qualifier,
    inputs,
    expect: fact.expect,
    approximateInputs: inputs.filter(
      (input): input is ResolvedFigure => input.kind === 'figure' && (input.qualifier !== 'exact' || !!input.range),
    ),
    note: fact.note,
  };

  if (fact.compareTo !== undefined) {
    const stated = byId.get(fact.compareTo);
    const compareField = `facts.${id}.compareTo`;
    if (stated?.kind === 'fact' || (!stated && Object.hasOwn(facts, fact.compareTo))) {
      problems.push({
        field: compareField,
        message: `"${fact.compareTo}" is a computed fact; compareTo names a figure the article states, to check the computation against`,
      });
      return undefined;
    }
    if (!stated) {
      const figureIds = [...byId.values()].filter((item) => item.kind === 'figure').map((item) => item.id);
      problems.push({ field: compareField, message: unknownIdMessage('figure', fact.compareTo, figureIds) });
      return undefined;
    }
    if (!sameDimension(stated.dimension, dimension)) {
      problems.push({
        field: compareField,
        message: `"${stated.id}" is ${describeDimension(stated.dimension)}, but the formula gives ${describeDimension(dimension)}: a stated figure is checked against a result of the same unit`,
      });
      return undefined;
    }
    if (fact.tolerancePoints !== undefined && format !== 'percent' && format !== 'points') {
      problems.push({
        field: `facts.${id}.tolerancePoints`,
        message: `tolerancePoints is for percentages; this fact's format is ${format}: use tolerance (relative) instead`,
      });
      return undefined;
    }
    const tolerances = { tolerance: fact.tolerance, tolerancePoints: fact.tolerancePoints };
    resolved.comparison = compareStated(resolved, stated, tolerances, locale);
    // A result that differs must not look the same as the stated number ("over 1.6 trillion"
    // against a computed "1.6 trillion"): it gets the digits that tell them apart.
    for (
      let extra = 1;
      extra <= 6 && resolved.comparison.verdict !== 'matches' && resolved.number === stated.number;
      extra += 1
    ) {
      Object.assign(resolved, shown({ ...style, extra }));
      resolved.comparison = compareStated(resolved, stated, tolerances, locale);
    }
  }
  return resolved;
}
