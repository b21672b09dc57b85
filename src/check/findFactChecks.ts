/**
 * The checker as a fact-checker: what the article's own numbers and dates say against it.
 *
 * Rules:
 * - Every verdict is reported at its `compareTo`: one that differs is a warning (an error with
 *   `expect: matches`; nothing with `expect: differs`, where the discrepancy is the story); one that
 *   "may match" is a warning naming the approximate inputs; `expect: differs` on a match is a
 *   warning. `--strict` makes an unacknowledged difference an error.
 * - Dates that cannot be true: a timeline event, a figure's `asOf` or a source's `published` after
 *   the article (its `updated`, when set) is an error; a source read before it was published, and
 *   a timeline written out of order, are warnings; so is an event whose text names the figures
 *   of a year that had not ended ("publishes the 2023 figures" dated 2023-03).
 * - A figure labelled as a peak, record, maximum or highest beside a figure of the same unit and
 *   subject above it (or a minimum, lowest or low below it) is a warning.
 * - A result whose unit keeps two periods apart (`GBP·year/month`, a yearly amount in `GBP`
 *   divided by `months/year`) is a warning; so is one in a period per period (`years/month`) from
 *   inputs that counted something else (`rent * 12 / salary`, a monthly amount over a yearly one),
 *   which names the constant figure that converts them; and one "per year" and nothing else where
 *   such a constant converted periods, which names the amount written without its period.
 */
import type { ResolvedArticle, ResolvedFact, ResolvedFigure } from '../facts/resolveArticle.ts';
import { writtenStep } from '../facts/formatValue.ts';
import { formulaOperators, parseFormula } from '../facts/formula.ts';
import {
  countsBesidesTime,
  crossedPeriods,
  dimensionsEqual,
  hasPeriod,
  loosePeriod,
  multiplyUnits,
  PERIODS_IN,
  strandedPeriods,
  unitName,
} from '../facts/units.ts';
import pluralize from 'pluralize';
import { partialDateSpan, type PartialDate } from '../facts/partialDate.ts';
import type { ArticleData } from '../schema/article.ts';
import type { FieldPath } from './locateField.ts';

export interface FactCheckProblem {
  path: FieldPath;
  where: 'key' | 'value';
  severity: 'error' | 'warning';
  message: string;
  /** Made an error by `--strict`. */
  strict?: true;
}

/** True when `a` is surely after `b`: its first possible day is after `b`'s last. */
function surelyAfter(a: PartialDate, b: PartialDate): boolean {
  return partialDateSpan(a)[0] > partialDateSpan(b)[1];
}

/**
 * What to correct when a stated figure differs from its fact. A figure that is the fact's number
 * with the other sign is the usual slip of a change: "a cut of 0.25 points" stated as 0.0025 while
 * `after - before` computes −0.25 points.
 */
function fixFor(fact: ResolvedFact, stated: ResolvedFigure): string {
  const unsigned = (text: string) => text.replace(/^[-+\u2212]/, '');
  const oppositeSign =
    !stated.range && stated.value * fact.value < 0 && unsigned(stated.number) === unsigned(fact.number);
  if (oppositeSign) {
    return `the two differ only in sign: write the formula the other way round, or state the figure with its sign (value: ${-stated.value}, signed: true)`;
  }
  const rounded = roundedInput(fact, stated);
  if (rounded) {
    return `the gap is within the rounding of ${rounded.id} as written (${rounded.number}): if it is rounded, give it qualifier: about; else correct the figure or the formula`;
  }
  return 'correct the figure or the formula';
}

/**
 * An exact input written so roundly that its rounding alone could make the gap: "1.2 million −
 * 479,000 = 721,000" against a stated 728,000, when the 1.2 million is 1,207,000 rounded.
 */
function roundedInput(fact: ResolvedFact, stated: ResolvedFigure): ResolvedFigure | undefined {
  if (stated.range || fact.range) return undefined;
  const gap = Math.abs(stated.value - fact.value);
  if (gap === 0 || fact.value === 0) return undefined;
  // The fact resolved, so its formula parses; it is parsed again only for a fact that differs.
  const operators = formulaOperators(parseFormula(fact.formula));
  const additive = !operators.has('*') && !operators.has('/');
  const multiplicative = !operators.has('+') && !operators.has('-');
  return fact.inputs.find((input): input is ResolvedFigure => {
    if (input.kind !== 'figure' || input.qualifier !== 'exact' || input.range || input.value === 0) return false;
    const half = writtenStep(input.value, input.style) / 2;
    // Through + and − alone the rounding carries as it is; through × and ÷ alone, in proportion.
    if (additive) return dimensionsEqual(input.dimension, fact.dimension) && gap <= half;
    return multiplicative && gap / Math.abs(fact.value) <= half / Math.abs(input.value);
  });
}

function verdictProblems(data: ArticleData, article: ResolvedArticle): FactCheckProblem[] {
  const found: FactCheckProblem[] = [];
  for (const fact of article.facts) {
    const comparison = fact.comparison;
    if (!comparison) continue;
    const expected = data.facts[fact.id]?.expect;
    const path = ['facts', fact.id, 'compareTo'];
    const stated = comparison.stated;
    const statedText = [stated.display, stated.unitWords].filter(Boolean).join(' ');
    if (comparison.verdict === 'differs') {
      if (expected === 'differs') continue;
      const share = comparison.gapShare ? `, ${comparison.gapShare}` : '';
      const message = `the article states ${statedText}; Tally computes ${fact.display} (${comparison.gap}${share})`;
      found.push(
        expected === 'matches'
          ? { path, where: 'key', severity: 'error', message: `${message}, but the fact expects a match` }
          : {
              path,
              where: 'key',
              severity: 'warning',
              strict: true,
              message: `${message}: ${fixFor(fact, stated)}, or write expect: differs if the discrepancy is the story`,
            },
      );
    } else if (comparison.verdict === 'may match') {
      const inputs = fact.approximateInputs.map((input) => `${input.id} (${input.display})`).join(', ');
      found.push({
        path,
        where: 'key',
        severity: 'warning',
        message: `may match: the article states ${statedText}, but ${inputs || 'the inputs'} ${fact.approximateInputs.length === 1 ? 'is' : 'are'} approximate, so Tally can only say the result is ${fact.display}`,
      });
    } else if (expected === 'differs') {
      found.push({
        path: ['facts', fact.id, 'expect'],
        where: 'value',
        severity: 'warning',
        message: `expect: differs, but the stated ${statedText} matches the computed ${fact.display}: remove expect`,
      });
    }
  }
  return found;
}

const FIGURES_OF_A_YEAR =
  /\b(?:the\s+)?((?:19|20)\d\d)\s+(?:figures|data|statistics|numbers|results|totals)\b|\b(?:figures|data|statistics|numbers|results|totals)\s+for\s+((?:19|20)\d\d)\b/i;

function dateProblems(data: ArticleData): FactCheckProblem[] {
  const found: FactCheckProblem[] = [];
  const latest = data.updated ?? data.published;
  const which = data.updated ? `its update (${data.updated.iso})` : `the article (${data.published.iso})`;
  const late = (path: FieldPath, what: string, date: PartialDate, fix = '') => {
    if (surelyAfter(date, latest)) {
      found.push({
        path,
        where: 'value',
        severity: 'error',
        message: `${what} is dated ${date.iso}, after ${which}: an article cannot report what had not happened${fix}`,
      });
    }
  };
  data.timeline.forEach((entry, index) => {
    late(['timeline', index, 'date'], 'this event', entry.date);
    const previous = data.timeline[index - 1];
    if (previous && surelyAfter(previous.date, entry.date)) {
      found.push({
        path: ['timeline', index, 'date'],
        where: 'value',
        severity: 'warning',
        message: `this event (${entry.date.iso}) comes before the one above it (${previous.date.iso}): write the timeline in order, so a slip in a date shows`,
      });
    }
    const named = FIGURES_OF_A_YEAR.exec(entry.text);
    const year = named && Number(named[1] ?? named[2]);
    if (year && year >= entry.date.year) {
      found.push({
        path: ['timeline', index, 'date'],
        where: 'value',
        severity: 'warning',
        message: `the text names the ${year} figures, but the event is dated ${entry.date.iso}, before ${year} had ended: check the date or the year`,
      });
    }
  });
  for (const [id, figure] of Object.entries(data.figures)) {
    // A forecast, a target or a decision is for a date to come: only a measurement cannot be
    // dated after the article.
    if (figure.asOf && !figure.forecast && !figure.scheduled) {
      const fix =
        ', unless someone forecast it or decided it: add forecast: true for a forecast, a projection or a target, or scheduled: true for a value already set for that date (a price cap, a tax rate, a wage)';
      late(['figures', id, 'asOf'], `the figure "${id}"`, figure.asOf, fix);
    }
    if ((figure.forecast || figure.scheduled) && !figure.asOf) {
      found.push({
        path: ['figures', id, figure.forecast ? 'forecast' : 'scheduled'],
        where: 'value',
        severity: 'warning',
        message: `a ${figure.forecast ? 'forecast is for' : 'scheduled value applies from'} a date: add asOf with the year, quarter, month or day`,
      });
    }
  }
  for (const [id, source] of Object.entries(data.sources)) {
    if (source.published) late(['sources', id, 'published'], `the source "${id}"`, source.published);
    if (source.published && source.accessed && surelyAfter(source.published, source.accessed)) {
      found.push({
        path: ['sources', id, 'accessed'],
        where: 'value',
        severity: 'warning',
        message: `read on ${source.accessed.iso}, before it was published (${source.published.iso}): check both dates`,
      });
    }
  }
  return found;
}

// "At the peak" says when, not that the figure is the highest: those words are not read.
const WHEN = String.raw`(?<!\b(?:at|during|before|after|since|near|past)\s+(?:the|its|their|a)\s+)`;
const HIGH = new RegExp(String.raw`${WHEN}\b(?:peak|peaked|record|maximum|highest|largest|biggest|most)\b`, 'i');
const LOW = new RegExp(String.raw`${WHEN}\b(?:minimum|lowest|smallest|fewest|low)\b`, 'i');
const NOT_A_SUBJECT = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'from',
  'its',
  'their',
  'as',
  'with',
]);

/** The words that say what a figure counts, without years, numbers and the peak words. */
function subject(label: string): Set<string> {
  return new Set(
    label
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter((word) => word && !NOT_A_SUBJECT.has(word) && !/\d/.test(word) && !HIGH.test(word) && !LOW.test(word)),
  );
}

function sameSubject(a: ResolvedFigure, b: ResolvedFigure): boolean {
  const words = subject(b.label);
  let shared = 0;
  for (const word of subject(a.label)) if (words.has(word)) shared += 1;
  return shared >= 2;
}

function extremeProblems(article: ResolvedArticle): FactCheckProblem[] {
  const found: FactCheckProblem[] = [];
  for (const extreme of article.figures) {
    const high = HIGH.test(extreme.label);
    const low = !high && LOW.test(extreme.label);
    if (!high && !low) continue;
    for (const other of article.figures) {
      if (other === extreme || other.unit !== extreme.unit || other.format !== extreme.format) continue;
      if (!sameSubject(extreme, other)) continue;
      const beyond = high ? other.interval.low > extreme.interval.high : other.interval.high < extreme.interval.low;
      if (!beyond) continue;
      found.push({
        path: ['figures', extreme.id, 'value'],
        where: 'value',
        severity: 'warning',
        message: `"${extreme.label}" is ${extreme.display}, but "${other.id}" is ${other.display}, ${high ? 'above' : 'below'} it: check which figure is wrong`,
      });
    }
  }
  return found;
}

/**
 * A result in one period over another (`years/month`) whose inputs counted something else, which
 * cancelled: a monthly amount divided by a yearly one, the periods never converted. The editor's
 * first try, `rent * 12 / salary`, gives it too, since a plain 12 has no unit.
 */
function crossedPeriodProblem(fact: ResolvedFact): FactCheckProblem | undefined {
  const periods = crossedPeriods(fact.dimension.unit);
  if (!periods || !fact.inputs.some((input) => countsBesidesTime(input.dimension.unit))) return undefined;
  const [period, per] = periods;
  const countedPer = (unitPeriod: string) =>
    fact.inputs.filter((input) => (input.dimension.unit[unitPeriod] ?? 0) < 0).map((input) => input.id);
  const [perShorter, perLonger] = [countedPer(per), countedPer(period)];
  const inputs =
    perShorter.length > 0 && perLonger.length > 0
      ? `${perShorter.join(', ')} ${perShorter.length === 1 ? 'is' : 'are'} counted per ${per} and ${perLonger.join(', ')} per ${period}`
      : `its figures are counted per ${per} and per ${period}`;
  const name = `${pluralize(per)}Per${period[0]!.toUpperCase()}${period.slice(1)}`;
  const value = PERIODS_IN[period]?.[per] ?? `the ${pluralize(per)} in a ${period}`;
  return {
    path: ['facts', fact.id, 'formula'],
    where: 'value',
    severity: 'warning',
    message: `the result is in ${pluralize(period)} per ${per}: ${inputs}, and the two periods were never converted; declare the conversion as a figure (${name}: value ${value}, unit: ${pluralize(per)}/${period}, constant: true) and multiply the per-${per} amount by it`,
  };
}

/**
 * A result "per year" and nothing else, where a constant converted periods (`months/year`): a
 * monthly amount made yearly, over a yearly amount written without its period (`rent *
 * monthsPerYear / pay`, `pay` in plain GBP), shows a share as "0.43 per year". A rate per year
 * with no conversion in it (deaths a year over a population) is left alone.
 */
function loosePeriodProblem(fact: ResolvedFact): FactCheckProblem | undefined {
  const period = loosePeriod(fact.dimension.unit);
  const conversion = fact.inputs.find(
    (input) => input.kind === 'figure' && input.constant && crossedPeriods(input.dimension.unit),
  );
  if (!period || !conversion) return undefined;
  const bare = fact.inputs.filter(
    (input) => countsBesidesTime(input.dimension.unit) && !hasPeriod(input.dimension.unit),
  );
  if (bare.length === 0) return undefined;
  const names = bare.map((input) => input.id).join(', ');
  return {
    path: ['facts', fact.id, 'formula'],
    where: 'value',
    severity: 'warning',
    message: `the result is per ${period}: ${conversion.id} makes the other amounts per ${period}, but ${names} ${bare.length === 1 ? 'has' : 'have'} no period; if ${bare.length === 1 ? 'it is' : 'they are'} counted per ${period}, give ${bare.length === 1 ? 'it' : 'them'} a unit per ${period} (such as ${unitName(bare[0]!.dimension.unit)}/${period})`,
  };
}

/** A result whose unit keeps two periods apart (`GBP·year/month`): a yearly figure missing its per-year unit. */
function periodProblems(article: ResolvedArticle): FactCheckProblem[] {
  return article.facts.flatMap((fact) => {
    const crossed = crossedPeriodProblem(fact) ?? loosePeriodProblem(fact);
    if (crossed) return [crossed];
    const periods = strandedPeriods(fact.dimension.unit);
    if (!periods || fact.unit === undefined) return [];
    const [period, per] = periods;
    // GBP·year/month without its periods is GBP: the yearly figure's unit is GBP/year.
    const amount = unitName(multiplyUnits(fact.dimension.unit, { [period]: -1, [per]: 1 }));
    return [
      {
        path: ['facts', fact.id, 'formula'],
        where: 'value',
        severity: 'warning',
        message: `the result is in ${fact.unit}, where ${pluralize(period)} and ${pluralize(per)} do not cancel: give a figure counted per ${period} a unit per ${period} (such as ${amount}/${period}), or divide by a plain number`,
      },
    ];
  });
}

export function findFactChecks(data: ArticleData, article: ResolvedArticle): FactCheckProblem[] {
  return [
    ...verdictProblems(data, article),
    ...dateProblems(data),
    ...extremeProblems(article),
    ...periodProblems(article),
  ];
}
