/**
 * An article's numbers as downloads: `figures.json` and `figures.csv`.
 *
 * Rules:
 * - Both are read off the resolved article the page renders; nothing is computed again.
 * - Every figure: value, format, unit, qualifier, as-of date, whether it is a forecast, scheduled
 *   or a constant, source and who claims it.
 * - Every fact: formula, inputs, result, the stated figure it is checked against and the verdict.
 * - Values are the raw numbers; a computed one that is not whole, to 14 significant digits, so
 *   the noise of binary arithmetic is gone (13.95p − 13.1p is 0.0085, not 0.008500000000000008),
 *   and a whole one as it is; `display` is the text the page shows. Money keeps its ISO code as
 *   the unit (`USD`, `USD/person`); a range is `[low, high]`; an inexact result has its interval.
 * - Dates keep their written precision (`2024-10`).
 */
import type { Interval } from '../facts/interval.ts';
import type { ResolvedArticle, ResolvedFact, ResolvedFigure, ResolvedSource } from '../facts/resolveArticle.ts';
import { toCsv, type CsvCell } from './toCsv.ts';

function sourceData(source: ResolvedSource | undefined) {
  if (!source) return null;
  return {
    id: source.id,
    publisher: source.publisher,
    title: source.title ?? null,
    url: source.url ?? null,
    published: source.published?.iso ?? null,
  };
}

/** A computed number without the binary noise of its arithmetic; a whole number is exact already. */
function computed(value: number): number {
  return Number.isFinite(value) && !Number.isInteger(value) ? Number(value.toPrecision(14)) : value;
}

/** An interval as JSON: `null` for an unbounded end (JSON has no infinity). */
function intervalData(interval: Interval) {
  if (interval.low === interval.high) return null;
  const bound = (value: number) => (Number.isFinite(value) ? computed(value) : null);
  return {
    low: bound(interval.low),
    high: bound(interval.high),
    lowOpen: interval.lowOpen,
    highOpen: interval.highOpen,
  };
}

function figureData(figure: ResolvedFigure) {
  return {
    id: figure.id,
    label: figure.label,
    value: figure.range ?? figure.value,
    format: figure.format,
    unit: figure.unit ?? null,
    currency: figure.style.currency ?? null,
    qualifier: figure.qualifier,
    display: figure.display,
    asOf: figure.asOf?.iso ?? null,
    forecast: figure.forecast,
    scheduled: figure.scheduled,
    constant: figure.constant,
    source: sourceData(figure.source),
    claimedBy: figure.claimedBy ?? null,
    note: figure.note ?? null,
  };
}

function factData(fact: ResolvedFact) {
  const comparison = fact.comparison;
  return {
    id: fact.id,
    title: fact.title,
    formula: fact.formula,
    inputs: fact.inputs.map((input) => ({ id: input.id, value: input.value })),
    value: computed(fact.value),
    format: fact.format,
    unit: fact.unit ?? null,
    currency: fact.style.currency ?? null,
    qualifier: fact.qualifier,
    interval: intervalData(fact.interval),
    display: fact.display,
    equation: fact.equation,
    comparison: comparison
      ? {
          figure: comparison.stated.id,
          stated: comparison.stated.range ?? comparison.stated.value,
          verdict: comparison.verdict,
          rule: comparison.rule,
          difference: comparison.difference,
          relative: Number.isFinite(comparison.relative) ? comparison.relative : null,
          tolerance: comparison.tolerance ?? null,
          tolerancePoints: comparison.tolerancePoints ?? null,
          summary: comparison.summary,
        }
      : null,
    note: fact.note ?? null,
  };
}

export interface FiguresDownloadContext {
  /** The article's canonical absolute URL. */
  url: string;
}

export function buildFiguresJson(article: ResolvedArticle, context: FiguresDownloadContext) {
  return {
    article: { title: article.title, url: context.url, published: article.published.iso },
    figures: article.figures.map(figureData),
    facts: article.facts.map(factData),
  };
}

export const FIGURES_CSV_COLUMNS = [
  'kind',
  'id',
  'label',
  'value',
  'display',
  'unit',
  'qualifier',
  'as_of',
  'forecast',
  'scheduled',
  'constant',
  'source',
  'source_url',
  'claimed_by',
  'formula',
  'inputs',
  'equation',
  'compared_to',
  'stated_value',
  'verdict',
  'note',
] as const;

type CsvRow = Record<(typeof FIGURES_CSV_COLUMNS)[number], CsvCell>;

function figureRow(figure: ResolvedFigure): CsvRow {
  return {
    kind: 'figure',
    id: figure.id,
    label: figure.label,
    value: figure.range ? figure.range.join('–') : figure.value,
    display: figure.display,
    unit: figure.unit,
    qualifier: figure.qualifier,
    as_of: figure.asOf?.iso,
    forecast: figure.forecast,
    scheduled: figure.scheduled,
    constant: figure.constant,
    source: figure.source?.publisher,
    source_url: figure.source?.url,
    claimed_by: figure.claimedBy,
    formula: undefined,
    inputs: undefined,
    equation: undefined,
    compared_to: undefined,
    stated_value: undefined,
    verdict: undefined,
    note: figure.note,
  };
}

function factRow(fact: ResolvedFact): CsvRow {
  return {
    kind: 'fact',
    id: fact.id,
    label: fact.title,
    value: computed(fact.value),
    display: fact.display,
    unit: fact.unit,
    qualifier: fact.qualifier,
    as_of: undefined,
    forecast: undefined,
    scheduled: undefined,
    constant: undefined,
    source: undefined,
    source_url: undefined,
    claimed_by: undefined,
    formula: fact.formula,
    inputs: fact.inputs.map((input) => input.id).join(' '),
    equation: fact.equation,
    compared_to: fact.comparison?.stated.id,
    stated_value: fact.comparison?.stated.value,
    verdict: fact.comparison?.verdict,
    note: fact.note,
  };
}

/** One header row, then a row per figure and a row per fact. */
export function buildFiguresCsv(article: ResolvedArticle): string {
  const rows = [...article.figures.map(figureRow), ...article.facts.map(factRow)];
  return toCsv([FIGURES_CSV_COLUMNS, ...rows.map((row) => FIGURES_CSV_COLUMNS.map((column) => row[column]))]);
}
