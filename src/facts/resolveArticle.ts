/**
 * Turns an article's validated frontmatter into the one resolved object every consumer uses:
 * the page, its fact boxes and charts, feeds, structured data, downloads and the checker.
 *
 * Rules:
 * - Every cross-reference is checked: sources, `compareTo`, formula ids, chart and timeline ids.
 * - Figure and fact ids share one namespace; a duplicate is an error.
 * - Formulas are evaluated in dependency order; a cycle, an unknown id, a syntax error or a
 *   non-finite result is an error naming the field.
 * - All problems are collected and thrown together as one `ArticleError`.
 * - A stated figure matches a computed one when the relative gap is within `tolerance`.
 */
import type { ArticleData, ChartInput } from '../schema/article.ts';
import type { FactInput } from '../schema/fact.ts';
import type { FigureInput } from '../schema/figure.ts';
import type { SourceInput } from '../schema/source.ts';
import { ArticleError, type ArticleProblem } from './ArticleError.ts';
import { formatValue, qualify, type Qualifier, type ValueFormat } from './formatValue.ts';
import {
  DivisionByZeroError,
  FormulaSyntaxError,
  evaluateFormula,
  formulaIds,
  parseFormula,
  renderFormula,
  type FormulaNode,
} from './formula.ts';
import { comparePartialDates, formatPartialDate, type PartialDate } from './partialDate.ts';

export interface ResolvedDate extends PartialDate {
  /** "October 2024": the date at its own precision. */
  display: string;
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

export interface ResolvedFigure {
  kind: 'figure';
  id: string;
  value: number;
  format: ValueFormat;
  unit?: string;
  /** The editor's label, or the id in words. */
  label: string;
  qualifier: Qualifier;
  /** The number alone: "30,000". */
  number: string;
  /** The number as read in the text: "over 30,000". */
  display: string;
  asOf?: ResolvedDate;
  source?: ResolvedSource;
  claimedBy?: string;
  note?: string;
}

export interface Comparison {
  /** The stated figure the computation checks. */
  stated: ResolvedFigure;
  verdict: 'matches' | 'differs';
  /** stated − computed. */
  difference: number;
  /** (stated − computed) ÷ computed. */
  relative: number;
  tolerance: number;
  /** One sentence a reader can follow: "The article states 20,000: 1,000 fewer, 4.8% below the computed 21,000." */
  summary: string;
}

export interface ResolvedFact {
  kind: 'fact';
  id: string;
  title: string;
  formula: string;
  value: number;
  format: ValueFormat;
  unit?: string;
  /** The result: "21,000". */
  display: string;
  /** The formula with its inputs' values: "100 × 210". */
  arithmetic: string;
  /** The arithmetic and its result: "100 × 210 = 21,000". */
  equation: string;
  /** The figures and facts the formula reads, in order of first use. */
  inputs: (ResolvedFigure | ResolvedFact)[];
  /** Inputs that are not exact (over, about, up to …): the result is no more exact than they are. */
  approximateInputs: ResolvedFigure[];
  comparison?: Comparison;
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
  /** Figures no source backs, listed for readers as unattributed. */
  unattributed: ResolvedFigure[];
}

export interface ResolveOptions {
  /** The article's path, named in every error. */
  file: string;
  /** BCP 47 locale for numbers and dates. */
  locale: string;
}

/** "perFacility" → "per facility": a readable fallback when a figure has no label. */
export function idToWords(id: string): string {
  return id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function resolveDate(date: PartialDate, locale: string): ResolvedDate {
  return { ...date, display: formatPartialDate(date, locale) };
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
    const units = [...new Set(chartFigures.map((item) => item.unit))];
    if (units.length > 1) {
      const listed = chartFigures.map((item) => `${item.id}: ${item.unit ?? 'no unit'}`).join(', ');
      problems.push({
        field: `charts.${index}.figures`,
        message: `the bars of one chart must count the same unit (found ${listed})`,
      });
    }
    for (const item of chartFigures) {
      if (item.value < 0) {
        problems.push({
          field: `charts.${index}.figures`,
          message: `bars start at zero, so "${item.id}" (${item.value}) cannot be drawn`,
        });
      }
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
    unattributed: figures.filter((figure) => !figure.source),
  };
  return { article, problems };
}

function resolveFigure(
  id: string,
  figure: FigureInput,
  locale: string,
  date: (value: PartialDate) => ResolvedDate,
): ResolvedFigure {
  const number = formatValue(figure.value, figure.format, locale);
  return {
    kind: 'figure',
    id,
    value: figure.value,
    format: figure.format,
    unit: figure.unit,
    label: figure.label ?? idToWords(id),
    qualifier: figure.qualifier,
    number,
    display: qualify(number, figure.qualifier),
    asOf: figure.asOf && date(figure.asOf),
    claimedBy: figure.claimedBy,
    note: figure.note,
  };
}

function unknownIdMessage(kind: string, id: string, known: string[]): string {
  const list = known.length > 0 ? `known: ${known.join(', ')}` : `the article declares none`;
  return `unknown ${kind} id "${id}" (${list})`;
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
        problems.push({
          field: `facts.${id}.formula`,
          message: unknownIdMessage('figure or fact', name, known),
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
    const resolved = evaluateFact(id, fact, tree, byId, problems, locale);
    if (resolved) byId.set(id, resolved);
    else failed.add(id);
    return resolved;
  };

  return Object.keys(inputs).flatMap((id) => resolve(id) ?? []);
}

function evaluateFact(
  id: string,
  fact: FactInput,
  tree: FormulaNode,
  byId: Map<string, ResolvedFigure | ResolvedFact>,
  problems: ArticleProblem[],
  locale: string,
): ResolvedFact | undefined {
  const field = `facts.${id}.formula`;
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

  const inputs = formulaIds(tree).map((name) => byId.get(name)!);
  const arithmetic = renderFormula(tree, (leaf) =>
    leaf.kind === 'number' ? formatValue(leaf.value, 'number', locale) : inputDisplay(byId.get(leaf.id)!),
  );
  const display = formatValue(value, fact.format, locale);
  const resolved: ResolvedFact = {
    kind: 'fact',
    id,
    title: fact.title,
    formula: fact.formula,
    value,
    format: fact.format,
    unit: fact.unit,
    display,
    arithmetic,
    equation: `${arithmetic} = ${display}`,
    inputs,
    approximateInputs: inputs.filter(
      (input): input is ResolvedFigure => input.kind === 'figure' && input.qualifier !== 'exact',
    ),
    note: fact.note,
  };

  if (fact.compareTo !== undefined) {
    const stated = byId.get(fact.compareTo);
    if (stated?.kind !== 'figure') {
      const figureIds = [...byId.values()].filter((item) => item.kind === 'figure').map((item) => item.id);
      problems.push({ field: `facts.${id}.compareTo`, message: unknownIdMessage('figure', fact.compareTo, figureIds) });
      return undefined;
    }
    resolved.comparison = compare(resolved, stated, fact.tolerance, locale);
  }
  return resolved;
}

function inputDisplay(input: ResolvedFigure | ResolvedFact): string {
  return input.kind === 'figure' ? input.number : input.display;
}

/** Floating-point noise (0.1 + 0.2) must never turn a match into a gap. */
const EPSILON = 1e-9;

/** Compares a stated figure with the computed result and says so in one sentence. */
export function compare(fact: ResolvedFact, stated: ResolvedFigure, tolerance: number, locale: string): Comparison {
  const difference = stated.value - fact.value;
  const relative = fact.value === 0 ? (difference === 0 ? 0 : Infinity) : difference / Math.abs(fact.value);
  const matches = Math.abs(relative) <= tolerance + EPSILON;
  const computed = fact.display;
  let summary: string;
  if (matches && Math.abs(relative) <= EPSILON) {
    summary = `The article states ${stated.display}, which matches the computed ${computed}.`;
  } else if (matches) {
    summary = `The article states ${stated.display}, within ${formatValue(tolerance, 'percent', locale)} of the computed ${computed}.`;
  } else {
    const countable = fact.format === 'count' || fact.format === 'compact';
    const gap =
      fact.format === 'percent'
        ? `${formatValue(Math.abs(difference) * 100, 'number', locale)} percentage points ${difference < 0 ? 'lower' : 'higher'}`
        : `${formatValue(Math.abs(difference), fact.format === 'compact' ? 'count' : fact.format, locale)} ${
            difference < 0 ? (countable ? 'fewer' : 'lower') : countable ? 'more' : 'higher'
          }`;
    const direction = difference < 0 ? 'below' : 'above';
    const share = Number.isFinite(relative)
      ? `, ${formatValue(Math.abs(relative), 'percent', locale)} ${direction}`
      : ' than';
    summary = `The article states ${stated.display}: ${gap}${share} the computed ${computed}.`;
  }
  return { stated, verdict: matches ? 'matches' : 'differs', difference, relative, tolerance, summary };
}
