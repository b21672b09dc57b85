/**
 * Checks an article is missing: a stated percentage, multiple or total that no fact checks, set
 * against what the article's own figures give in one step.
 *
 * Rules:
 * - A stated number is a figure that is neither a fact's `compareTo` (already checked) nor a
 *   formula's input (data the article builds on), in a format a derivation can give: a
 *   percentage (a share a ÷ b, or for a signed one a change (b − a) ÷ a), percentage points (a
 *   difference of percentages), a multiple (a ratio a ÷ b), or an amount (a sum of two to five
 *   figures, or a difference). Inputs are figures of the same unit; stated figures that facts
 *   check, ranges, years and ranks are not inputs.
 * - When a derivation gives the stated number within its rounding (or qualifier, or range), the
 *   check is missing but the number holds: a suggestion names the fact to declare (printed by
 *   `npm run check -- --suggest` only).
 * - When none does, the plausible derivation is the one whose inputs the stated figure's id and
 *   label name (shared words no more than half of the article's figures use, and the years it
 *   speaks of), within half the stated number of it; when exactly one derivation scores highest,
 *   and every input in it is named or dated as the stated figure speaks, its result is given in a
 *   warning. A change needs two dated inputs, the earlier first. Ties and unnamed inputs stay silent: a guess would be a false
 *   alarm.
 * - A sum's parts are the figures of its unit that its label alone names, of its time: the same
 *   list dated in another year ("Applications to Germany, France and Spain, 2020") neither is a
 *   part nor hides one, nor does a figure of another unit ("Germany's share").
 * - Bounded: sums are formed from named inputs only, and an article with more than
 *   `MAX_INPUTS` figures of one unit is searched by names alone.
 */
import { allowedSpan, insideSpan } from '../facts/compareStated.ts';
import { formatValue } from '../facts/formatValue.ts';
import { parseFormula, renderFormula } from '../facts/formula.ts';
import type { ResolvedArticle, ResolvedFigure } from '../facts/resolveArticle.ts';
import { dimensionsEqual } from '../facts/units.ts';
import type { ArticleData } from '../schema/article.ts';
import type { FieldPath } from './locateField.ts';

export interface MissingCheck {
  path: FieldPath;
  severity: 'warning' | 'suggestion';
  message: string;
}

type DerivationKind = 'share' | 'change' | 'points' | 'ratio' | 'difference' | 'sum';

interface Derivation {
  kind: DerivationKind;
  formula: string;
  value: number;
  inputs: ResolvedFigure[];
}

/** A derivation further than this from the stated number (a share of it) is not what was meant. */
const PLAUSIBLE_GAP = 0.5;

/** The words in a stated figure's id or label that say which derivation it is. */
const CUES: [DerivationKind, RegExp][] = [
  ['share', /\b(?:share|proportion|fraction|part|per ?cent|percentage|of all|of the total)\b/i],
  [
    'change',
    /\b(?:rise|rose|risen|growth|grew|grown|increase|increased|decrease|decreased|fall|fell|fallen|drop|dropped|change|changed|up|down)\b/i,
  ],
  ['points', /\b(?:gap|difference|points?|rise|rose|fall|fell|change|up|down|than)\b/i],
  ['ratio', /\b(?:times|ratio|multiple|fold|against|compared)\b/i],
  ['difference', /\b(?:gap|difference|more|fewer|less|increase|decrease|rise|fall|drop|change|than|between)\b/i],
  ['sum', /\b(?:total|all|combined|together|sum|overall|altogether)\b/i],
];

/** The derivations a stated figure's words point to: a share says "share", a total "total". */
function cuesOf(stated: ResolvedFigure): Set<DerivationKind> {
  const text = `${stated.id.replace(/([a-z])([A-Z])/g, '$1 $2')} ${stated.label}`;
  const kinds = new Set(CUES.filter(([, cue]) => cue.test(text)).map(([kind]) => kind));
  // Parts a label names one by one add up to it without the word "total".
  kinds.add('sum');
  return kinds;
}

/** More figures of one unit than this and pairs are not searched exhaustively. */
const MAX_INPUTS = 60;

const STOP_WORDS = new Set(
  'a an and as at by for from in into of on or per than that the their its to with was were is are s stated'.split(' '),
);

export function suggestChecks(data: ArticleData, article: ResolvedArticle): MissingCheck[] {
  // The resolved facts know their inputs and stated figures: no formula is parsed again to find
  // them (only to name an existing fact in a warning, `sameFormula`).
  const checked = new Set<string>();
  const inputsOfFacts = new Set<string>();
  for (const fact of article.facts) {
    const compareTo = data.facts[fact.id]?.compareTo;
    if (compareTo) checked.add(compareTo);
    for (const input of fact.inputs) inputsOfFacts.add(input.id);
  }
  const figures = article.figures;
  const inputs = figures.filter(
    (figure) => !checked.has(figure.id) && !figure.range && figure.format !== 'year' && figure.format !== 'rank',
  );
  // Only a figure whose words point to a derivation, or whose label lists parts, is looked at:
  // most figures are neither, and the article then costs nothing more.
  const stateds = figures.filter(
    (figure) =>
      !checked.has(figure.id) &&
      !inputsOfFacts.has(figure.id) &&
      !figure.range &&
      DERIVABLE.has(figure.format) &&
      (cuesOf(figure).size > 1 || /,| and /.test(figure.label)),
  );
  if (stateds.length === 0) return [];
  const groups: ResolvedFigure[][] = [];
  for (const figure of inputs) {
    const group = groups.find(([first]) => dimensionsEqual(first!.dimension, figure.dimension));
    if (group) group.push(figure);
    else groups.push([figure]);
  }
  const words = new Map(figures.map((figure) => [figure.id, wordsOf(figure)]));
  const usedBy = new Map<string, number>();
  for (const set of words.values()) for (const word of set) usedBy.set(word, (usedBy.get(word) ?? 0) + 1);
  const distinctive = (word: string) => (usedBy.get(word) ?? 0) <= Math.max(2, Math.floor(figures.length / 2));

  const found: MissingCheck[] = [];
  for (const stated of stateds) {
    const named = (figure: ResolvedFigure): number => {
      let score = 0;
      for (const word of words.get(figure.id)!) if (distinctive(word) && words.get(stated.id)!.has(word)) score += 1;
      return score;
    };
    const years = yearsOf(stated);
    const score = (figure: ResolvedFigure): number =>
      named(figure) + (figure.asOf && years.has(figure.asOf.year) ? 1 : 0);
    // A figure dated only in years the stated one does not speak of is of another time.
    const ofAnotherTime = (figure: ResolvedFigure): boolean => {
      if (years.size === 0) return false;
      const own = yearsOf(figure);
      return own.size > 0 && ![...own].some((year) => years.has(year));
    };
    // A part of a total is named by a word only it and the total use among the figures of its
    // unit ("Germany, France, Spain and Italy"), of the total's time: the same list for another
    // year is no rival part, nor is "Germany's share" a rival to Germany's applications.
    const namesAlone = (figure: ResolvedFigure, group: readonly ResolvedFigure[]): boolean =>
      !ofAnotherTime(figure) &&
      [...words.get(figure.id)!].some(
        (word) =>
          words.get(stated.id)!.has(word) &&
          group.every(
            (other) => other === figure || other === stated || ofAnotherTime(other) || !words.get(other.id)!.has(word),
          ),
      );
    const cued = cuesOf(stated);
    const candidates = derivations(stated, cued, groups, named, namesAlone);
    if (candidates.length === 0) continue;
    const span = (value: number) => allowedSpan(stated, value, {})[0];
    const holding = candidates.find((candidate) => insideSpan(candidate.value, span(candidate.value)));
    const path = ['figures', stated.id];
    if (holding) {
      found.push({
        path,
        severity: 'suggestion',
        message: `${holding.formula} gives ${shown(holding.value, stated, article.locale)}, which the stated ${stated.display} rounds: declare a fact to check it (formula: ${holding.formula}, compareTo: ${stated.id})`,
      });
      continue;
    }
    const plausible = candidates
      .filter(
        (candidate) =>
          candidate.inputs.every((input) => score(input) > 0) &&
          Math.abs(candidate.value - stated.value) <= PLAUSIBLE_GAP * Math.abs(stated.value),
      )
      .map((candidate) => ({ candidate, score: candidate.inputs.reduce((sum, input) => sum + score(input), 0) }))
      .sort((a, b) => b.score - a.score);
    const [best, next] = plausible;
    if (!best || (next && next.score === best.score)) continue;
    const { formula, value } = best.candidate;
    const fact = Object.entries(data.facts).find(([, candidate]) => sameFormula(candidate.formula, formula))?.[0];
    const fix = fact ? `add compareTo: ${stated.id} to the fact ${fact}` : 'declare a fact to check it';
    found.push({
      path,
      severity: 'warning',
      message: `${stated.display} is stated; ${formula} gives ${shown(value, stated, article.locale)}: ${fix}, or correct the figure`,
    });
  }
  return found;
}

/** Every one-step derivation of the stated figure's kind from figures of one unit. */
function derivations(
  stated: ResolvedFigure,
  cued: ReadonlySet<DerivationKind>,
  groups: readonly ResolvedFigure[][],
  named: (figure: ResolvedFigure) => number,
  namesAlone: (figure: ResolvedFigure, group: readonly ResolvedFigure[]) => boolean,
): Derivation[] {
  const found: Derivation[] = [];
  const pairs = function* (group: ResolvedFigure[]) {
    const searched = group.length <= MAX_INPUTS ? group : group.filter((figure) => named(figure) > 0);
    for (const a of searched) {
      for (const b of searched) if (a !== b && a !== stated && b !== stated) yield [a, b] as const;
    }
  };
  for (const group of groups) {
    const kind = group[0]!.dimension.kind;
    const amounts = kind === undefined;
    if (stated.format === 'percent' && amounts && (cued.has('share') || cued.has('change'))) {
      for (const [a, b] of pairs(group)) {
        if (stated.style.signed && cued.has('change') && a.value !== 0) {
          // A change is one quantity at two times: both inputs dated, and apart.
          if (!earlier(a, b)) continue;
          found.push({
            kind: 'change',
            formula: `(${b.id} - ${a.id}) / ${a.id}`,
            value: (b.value - a.value) / a.value,
            inputs: [a, b],
          });
        } else if (!stated.style.signed && cued.has('share') && a.value < b.value && b.value !== 0) {
          found.push({ kind: 'share', formula: `${a.id} / ${b.id}`, value: a.value / b.value, inputs: [a, b] });
        }
      }
    } else if (stated.format === 'points' && kind === 'percent' && cued.has('points')) {
      for (const [a, b] of pairs(group)) {
        if (a.value > b.value) {
          found.push({ kind: 'points', formula: `${a.id} - ${b.id}`, value: a.value - b.value, inputs: [a, b] });
        }
      }
    } else if (stated.format === 'multiple' && amounts && cued.has('ratio')) {
      for (const [a, b] of pairs(group)) {
        if (a.value > b.value && b.value !== 0) {
          found.push({ kind: 'ratio', formula: `${a.id} / ${b.id}`, value: a.value / b.value, inputs: [a, b] });
        }
      }
    } else if (isAmount(stated) && amounts && dimensionsEqual(group[0]!.dimension, stated.dimension)) {
      for (const [a, b] of cued.has('difference') ? pairs(group) : []) {
        if (a.value > b.value) {
          found.push({ kind: 'difference', formula: `${a.id} - ${b.id}`, value: a.value - b.value, inputs: [a, b] });
        }
      }
      const parts = group.filter((figure) => figure !== stated && namesAlone(figure, group));
      if (parts.length >= 2 && parts.length <= 5) {
        found.push({
          kind: 'sum',
          formula: parts.map((part) => part.id).join(' + '),
          value: parts.reduce((sum, part) => sum + part.value, 0),
          inputs: parts,
        });
      }
    }
  }
  return found;
}

/** Whether two formulas are one computation, however spaced or bracketed (`(a-b)/a`, `(a - b) / a`). */
function sameFormula(a: string, b: string): boolean {
  const written = (formula: string) => {
    try {
      return renderFormula(parseFormula(formula), (leaf) => (leaf.kind === 'id' ? leaf.id : leaf.text));
    } catch {
      return undefined; // a formula that does not parse has its own error
    }
  };
  const left = written(a);
  return left !== undefined && left === written(b);
}

/** Whether `a` is dated before `b`, by `asOf` or by a year in the id or label. */
function earlier(a: ResolvedFigure, b: ResolvedFigure): boolean {
  const yearOf = (figure: ResolvedFigure) => figure.asOf?.year ?? Math.max(...yearsOf(figure), -Infinity);
  const [from, to] = [yearOf(a), yearOf(b)];
  return Number.isFinite(from) && Number.isFinite(to) && from < to;
}

function isAmount(figure: ResolvedFigure): boolean {
  return ['count', 'number', 'compact'].includes(figure.format) && figure.dimension.kind === undefined;
}

/** The formats a one-step derivation can give. */
const DERIVABLE = new Set(['percent', 'points', 'multiple', 'count', 'number', 'compact']);

/**
 * The words of a figure's id and label, lower case, without years and small words; a capital
 * letter alone names something ("Country C", `countryC`) and is kept.
 */
function wordsOf(figure: ResolvedFigure): Set<string> {
  const id = figure.id.replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/([0-9])([A-Za-z])/g, '$1 $2');
  const found = new Set<string>();
  // Letters of the Latin, Greek and Cyrillic scripts; not a Unicode expression, which is slower.
  for (const word of `${id} ${figure.label}`.split(/[^A-Za-z\u00C0-\u024F\u0370-\u052F]+/)) {
    const lower = word.toLowerCase();
    if ((word.length > 1 || (word.length === 1 && word !== lower)) && !STOP_WORDS.has(lower)) found.add(lower);
  }
  return found;
}

/** The years a stated figure speaks of: its `asOf` and any year in its id or label. */
function yearsOf(figure: ResolvedFigure): Set<number> {
  const years = new Set<number>();
  if (figure.asOf) years.add(figure.asOf.year);
  for (const match of `${figure.id} ${figure.label}`.matchAll(/(?<!\d)(1\d{3}|2\d{3})(?!\d)/g)) {
    years.add(Number(match[1]));
  }
  return years;
}

/** The derived value in the stated figure's terms, with digits enough to differ from it. */
function shown(value: number, stated: ResolvedFigure, locale: string): string {
  let extra = 0;
  while (extra < 3 && value !== stated.value && formatValue(value, stated.style, locale, extra) === stated.number) {
    extra += 1;
  }
  return formatValue(value, stated.style, locale, extra);
}
