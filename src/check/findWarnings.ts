/**
 * Warnings: what does not stop a build but weakens an article.
 *
 * Rules:
 * - A figure with no source.
 * - A fact whose `format` rounds its result by more than 5 %: `format: count` shows
 *   2,500 ÷ 1,000 as "= 3".
 * - A percentage or percentage points written as on the page, not as a fraction: `value: 59`
 *   with `format: percent` shows "5,900%". Read as a slip when a percentage is 1,000 % or more
 *   (a debt of 150 % of GDP is real; a share of 1,000 % is not), a change is below -100 %, or
 *   points are 100 or more; `signed: true` says a large change is meant.
 * - A constant of 100, 1,000 … counted in a bare noun (`value: 100000`, `unit: people`), the base
 *   of a rate whose result would not say what it is per: `unit: people/hundred thousand`.
 * - A figure nothing uses: not in the text, a formula, a chart or a `compareTo`.
 * - A chart the text never shows.
 * - The last two only when the body could be read: an MDX syntax error hides every use.
 * - Words of exactness right before a `<Fig>` whose qualifier is not exact: "About <Fig />"
 *   shows "About about 1.6 million". A word of falling before a `<Fig>` of a negative change
 *   ("a fall of −0.7 points", a rise), or of rising ("a rise of −3%"). "Between" or "from"
 *   before a `<Fig>` of a range ("between 60,000–70,000"). A `<Fig>` that starts a sentence and
 *   shows a qualifier in lower case ("… arrived. about 1.2 million left").
 * - A number in the prose that no figure backs (see `findProseNumbers`); when a figure has the
 *   same value, its id is suggested. A multiple or fraction in words is read against the figures
 *   and facts the text names around it (`nearbyBackers`), and when no fact checks it, against the
 *   one ratio of those figures that bears it out (`ratioBearingOut`), then against every fact and
 *   figure of the article (a fact whose figures are named elsewhere, a figure the text never
 *   shows). A number in digits that nothing bears out (a percentage, money, or an amount whose
 *   next word names what the fact counts) is told which fact beside it it misses
 *   (`contradictedFact`), or that it states that fact only roughly ("480" of 479). The first
 *   `LIMITS.proseNumberWarnings` are listed, then one warning counts the rest.
 */
import type { ArticleData } from '../schema/article.ts';
import { formulaIds, parseFormula } from '../facts/formula.ts';
import { rateBaseWords } from '../facts/units.ts';
import type { ParsedClaim } from '../facts/evaluateClaim.ts';
import { formatValue, roundingStep, shownValue } from '../facts/formatValue.ts';
import { productSignificant, type ResolvedArticle, type ResolvedFigure } from '../facts/resolveArticle.ts';
import { percentDirection } from './changeDirection.ts';
import {
  bindNumber,
  claimHolds,
  claimFor,
  claimMarkup,
  contradictedFact,
  numberBackers,
  ratioBearingOut,
  type RatioBearingOut,
  shownText,
  type NumberBacker,
  type NumberBinding,
} from './bindProseNumbers.ts';
import { claimBefore, fallClaim } from './findNumberWords.ts';
import { findProseNumbers, type ProseNumber } from './findProseNumbers.ts';
import { LIMITS } from './limits.ts';
import type { FieldPath } from './locateField.ts';
import type { BodyReading, ComponentUse } from './readBody.ts';

/** Whether `before` ends a sentence, or holds nothing: what follows starts one. */
function startsSentence(before: string): boolean {
  return before.trim() === '' || /[.!?…]["”’)]?\s+$/.test(before);
}

/** "About <Fig />" of a figure that shows "about 1.6 million" already. */
function qualifierTwice(use: ComponentUse, figure: ResolvedFigure): string | undefined {
  const text = use.before ?? '';
  // The comparisons `<Claim says>` reads ("about", "more than", "up to" …), and "an estimated".
  const written = figure.qualifier === 'exact' ? '' : claimBefore(text, 0).words || (ESTIMATED.exec(text)?.[0] ?? '');
  if (!written) return undefined;
  const words = written.trim();
  // Without "About" the sentence would start "about 1.6 million", in lower case.
  const fix = startsSentence(text.slice(0, -written.length))
    ? 'start the sentence with other words, so the number comes later in it'
    : `remove "${words}" from the text`;
  return `"${words}" before <Fig id="${use.id}" /> says how exact it is twice: the figure shows "${figure.display}"; ${fix}, or make the figure's qualifier exact`;
}

/** A sentence that starts with a <Fig> shown as "about 1.2 million", in lower case. */
function lowerCaseSentence(use: ComponentUse, figure: ResolvedFigure): string | undefined {
  if (!/^\p{Ll}/u.test(figure.display) || !startsSentence(use.before ?? '')) return undefined;
  return `<Fig id="${use.id}" /> starts a sentence, and shows "${figure.display}" in lower case: start the sentence with other words, so the number comes later in it`;
}

/**
 * "A fall of <Fig />" of a figure that shows "−0.7 percentage points": a fall of a negative
 * change is a rise, and a rise of one a fall.
 */
function signAgainstWords(use: ComponentUse, figure: ResolvedFigure): string | undefined {
  if (figure.value >= 0 || figure.range) return undefined;
  const direction = percentDirection(use.before ?? '', '');
  if (!direction) return undefined;
  const words = direction === 'fall' ? 'a word of falling' : 'a word of rising';
  const fix =
    direction === 'fall'
      ? `state the size of the fall (value: ${-figure.value}), or write "a change of"`
      : 'correct the words or the sign';
  return `<Fig id="${use.id}" /> shows "${figure.display}" after ${words}, so the page says ${direction === 'fall' ? 'the fall twice, which reads as a rise' : 'a fall is a rise'}: ${fix}`;
}

/** "Between <Fig />" of a range, which shows "between 60,000–70,000". */
function rangeAfterBetween(use: ComponentUse, figure: ResolvedFigure): string | undefined {
  const written = figure.range ? /(?<![\p{L}])(between|from)\s+$/iu.exec(use.before ?? '') : null;
  if (!written) return undefined;
  return `"${written[1]}" before <Fig id="${use.id}" />, a range shown "${figure.display}", reads "${written[1]} ${figure.display}": remove "${written[1]}", or give each end a figure ("between <Fig id="low" /> and <Fig id="high" />")`;
}

/** Words of exactness before a number that are no comparison: "an estimated 30,000". */
const ESTIMATED = /(?<![\p{L}])(?:an estimated|estimated|as many as|as much as)\s+$/iu;

/** How far a fact's shown result may be from its value before the page's arithmetic is false. */
const ROUNDING_SHOWN = 0.05;

export interface Warning {
  path: FieldPath;
  /** Where in the frontmatter to point; default the field's name. */
  where?: 'key' | 'value';
  body?: { line: number; column: number };
  message: string;
}

export function findWarnings(data: ArticleData, reading: BodyReading, article?: ResolvedArticle): Warning[] {
  const bodyRead = reading.syntaxError === undefined;
  const found: Warning[] = [];
  const used = new Set<string>();
  const shownCharts = new Set<string>();
  for (const use of reading.components) {
    if (use.id === undefined) continue;
    if (use.name === 'Chart') shownCharts.add(use.id);
    else used.add(use.id);
  }
  const inputsOf = formulaInputs(data);
  for (const fact of Object.values(data.facts)) if (fact.compareTo) used.add(fact.compareTo);
  for (const inputs of inputsOf.values()) for (const id of inputs) used.add(id);
  for (const chart of data.charts) for (const id of chart.figures) used.add(id);

  data.charts.forEach((chart, index) => {
    // The first chart is the article's lead graphic unless the text places it somewhere else.
    if (bodyRead && index > 0 && !shownCharts.has(chart.id)) {
      found.push({
        path: ['charts', index, 'id'],
        where: 'value',
        message: `the chart "${chart.id}" is never shown: add <Chart id="${chart.id}" /> to the text`,
      });
    }
  });

  for (const use of reading.components) {
    const figure = use.name === 'Fig' && use.id !== undefined ? article?.byId.get(use.id) : undefined;
    if (figure?.kind !== 'figure') continue;
    const message =
      qualifierTwice(use, figure) ??
      signAgainstWords(use, figure) ??
      rangeAfterBetween(use, figure) ??
      lowerCaseSentence(use, figure);
    if (message) found.push({ path: ['body'], body: use, message });
  }

  const backers = numberBackers(data, article);
  const nearby = nearbyBackers(inputsOf, reading, backers);
  /**
   * What to say of a number nothing binds, most telling first: the ratio of the figures beside it
   * that bears it out; for words, a fact that does but whose figures the text names elsewhere, or
   * a figure they restate that the text never shows; for a percentage, the fact beside it that it
   * misses ("25%" beside a computed 28.8 %); else what binds it, or what to declare.
   */
  const unboundMessage = (
    number: BodyReading['numbers'][number],
    binding: NumberBinding,
    unchecked: boolean,
  ): string => {
    const ratio = unchecked ? ratioBearingOut(number, nearby(number.block)) : undefined;
    if (ratio) return ratioMessage(number, ratio);
    const approximate = number.words?.kind === 'multiple' || number.words?.kind === 'fraction';
    if (approximate && !binding.fact) {
      const everywhere = bindNumber(number, backers);
      if (everywhere.fact) return farMessage(number, everywhere.fact);
      const figure = everywhere.backer;
      if (figure?.kind === 'figure' && !used.has(figure.id)) return unshownMessage(number, figure);
    }
    const missed = unchecked ? contradictedFact(number, nearby(number.block)) : undefined;
    return missed ? missedMessage(number, missed) : bodyMessage(number, binding);
  };
  for (const number of reading.numbers.slice(0, LIMITS.proseNumberWarnings)) {
    const approximate = number.words?.kind === 'multiple' || number.words?.kind === 'fraction';
    const binding = bindNumber(number, approximate ? nearby(number.block) : backers);
    // Words a stated figure bears out restate it ("one in 40, or <Fig />"), as "four" restates a 4.
    const restated = approximate && binding.backer?.kind === 'figure' && !binding.fact;
    const counted = number.words?.kind === 'cardinal' || number.words?.kind === 'rank';
    if (binding.backer && (counted || restated)) {
      used.add(binding.backer.id);
      continue;
    }
    const unchecked = approximate ? !binding.fact : !number.words && !binding.backer && !binding.closest;
    found.push({ path: ['body'], body: number, message: unboundMessage(number, binding, unchecked) });
  }
  const unlisted = reading.numbers.length - LIMITS.proseNumberWarnings;
  if (unlisted > 0) {
    found.push({
      path: ['body'],
      body: reading.numbers[LIMITS.proseNumberWarnings]!,
      message: `${unlisted.toLocaleString('en-GB')} more numbers in the text are not bound to a figure; only the first ${LIMITS.proseNumberWarnings} are listed`,
    });
  }
  // Every other text a reader sees: a number there cannot be a <Fig> or <Claim>, so a figure or
  // fact must back it.
  for (const [path, text] of readerFields(data)) {
    const unbacked: string[] = [];
    for (const number of findProseNumbers(text).slice(0, LIMITS.proseNumberWarnings)) {
      const { backer, closest, roundedFact } = bindNumber(number, backers);
      // A computed number may be stated rounded; a stated one is written as stated.
      const bound = backer ?? roundedFact;
      if (bound) used.add(bound.id);
      else if (closest) {
        found.push({
          path,
          where: 'value',
          message: `"${shownText(number)}" is shown to readers, but the closest ${closest.kind}, ${closest.id}, is ${closest.display}: correct the text, or declare the figure or fact it stands for`,
        });
      } else unbacked.push(`"${shownText(number)}"`);
    }
    if (unbacked.length === 0) continue;
    const them = unbacked.length === 1 ? 'it' : 'them';
    found.push({
      path,
      where: 'value',
      message: `${new Intl.ListFormat('en', { type: 'conjunction' }).format(unbacked)} ${unbacked.length === 1 ? 'is' : 'are'} shown to readers but no figure states ${them}: declare ${them} under figures (a figure of the same value binds a number in digits or in words), or reword the text if ${unbacked.length === 1 ? 'it is' : 'they are'} not data`,
    });
  }

  for (const fact of article?.facts ?? []) {
    const shown = shownValue(fact.value, fact.style, article!.locale);
    if (!fact.range && Math.abs(shown - fact.value) > ROUNDING_SHOWN * Math.abs(fact.value)) {
      const exact = formatValue(fact.value, { ...fact.style, format: 'number' }, article!.locale);
      found.push({
        path: ['facts', fact.id, data.facts[fact.id]?.format ? 'format' : 'formula'],
        where: 'value',
        message: `the result, ${exact}, is shown as ${fact.number}, which the arithmetic does not give: choose a format that shows it (number, percent, multiple) or set digits`,
      });
    }
  }
  for (const [id, figure] of Object.entries(data.figures)) {
    const slip = fractionSlip(figure);
    if (slip) found.push({ path: ['figures', id, 'value'], where: 'value', message: slip });
    const base = rateBaseSlip(figure);
    if (base) found.push({ path: ['figures', id, 'unit'], where: 'value', message: base });
    if (figure.source === undefined && !figure.constant) {
      found.push({
        path: ['figures', id],
        message: `the figure "${id}" has no source: add source: <a source id>, or readers see it listed as unattributed (a number true by definition, such as 60 minutes in an hour, takes constant: true)`,
      });
    }
    if (bodyRead && !used.has(id)) {
      found.push({
        path: ['figures', id],
        message: `the figure "${id}" is not used: not in the text, a formula, a chart or a compareTo`,
      });
    }
  }
  return found;
}

/** The ids each fact's formula reads, by fact id; a formula that does not parse is already an error. */
function formulaInputs(data: ArticleData): Map<string, string[]> {
  const inputs = new Map<string, string[]>();
  for (const [id, fact] of Object.entries(data.facts)) {
    try {
      inputs.set(id, formulaIds(parseFormula(fact.formula)));
    } catch {
      // Reported by the resolver.
    }
  }
  return inputs;
}

/**
 * The figures and facts a multiple or fraction in words at a block of the text may stand for:
 * those the text names in that block or the next to it (`<Fig>`, `<Claim>`, `<FactBox>` and the
 * inputs the box shows), and the facts computed from them. "More than double the headline rate"
 * is about the rates beside it, not about whichever fact of the article is more than 2.
 */
function nearbyBackers(
  inputsOf: ReadonlyMap<string, string[]>,
  reading: BodyReading,
  backers: NumberBacker[],
): (block: number) => NumberBacker[] {
  const memo = new Map<number, NumberBacker[]>();
  return (block) => {
    let found = memo.get(block);
    if (!found) {
      const named = new Set<string>();
      const shown = new Set<string>();
      for (const use of reading.components) {
        if (use.id === undefined || Math.abs(use.block - block) > 1) continue;
        named.add(use.id);
        shown.add(use.id);
        // A fact box shows its inputs too, though the facts made from them are no nearer.
        if (use.name === 'FactBox') for (const id of inputsOf.get(use.id) ?? []) shown.add(id);
      }
      found = backers.filter((item) => shown.has(item.id) || (inputsOf.get(item.id) ?? []).some((id) => named.has(id)));
      memo.set(block, found);
    }
    return found;
  };
}

/**
 * A constant of 100, 1,000 … 1,000,000 counted in a bare noun (`value: 100000`, `unit: people`):
 * the base of a rate, whose result would read "479 deaths", not "479 deaths per hundred thousand".
 */
function rateBaseSlip({ value, unit, constant }: ArticleData['figures'][string]): string | undefined {
  if (!constant || typeof value !== 'number' || unit === undefined || /[/*·]/.test(unit)) return undefined;
  const base = rateBaseWords(value);
  if (base === undefined) return undefined;
  const count = value.toLocaleString('en-GB');
  return `a constant of ${count} ${unit} counts ${unit}, so a rate per ${count} computed with it does not say what it is per: as the base of a rate, write unit: ${unit}/${base}, and the result reads "… per ${base}"`;
}

/** What is wrong with a percentage or points figure whose value looks written as on the page. */
function fractionSlip({ value, format, signed }: ArticleData['figures'][string]): string | undefined {
  const values = Array.isArray(value) ? value : [value];
  const tooLarge =
    format === 'points'
      ? !signed && values.some((v) => Math.abs(v) >= 1)
      : format === 'percent' && values.some((v) => v < -1 || (!signed && v >= 10));
  if (!tooLarge) return undefined;
  const written = values.map((v) => v.toLocaleString('en-GB')).join(' to ');
  const asPercent = values.map((v) => (v * 100).toLocaleString('en-GB')).join(' to ');
  const fractions = values.map((v) => String(Number((v / 100).toPrecision(12))));
  const fraction = fractions.length === 1 ? fractions[0] : `[${fractions.join(', ')}]`;
  const points = format === 'points';
  const shown = points ? `${asPercent} percentage points` : `${asPercent}%`;
  const meant = points ? `${written} points is ${fraction}` : `${written}% is ${fraction}`;
  const unlessMeant = values.some((v) => v < -1 && !points)
    ? 'nothing falls by more than 100%'
    : `if ${shown} is meant, add signed: true`;
  return `${written} shows as ${shown}: ${points ? 'percentage points are' : 'a percentage is'} written as a fraction (${meant}); ${unlessMeant}`;
}

/** The value `number` states in `item`'s terms: a fall's size as a negative change, "7.04m" as millions. */
function statedAs(number: ProseNumber, item: NumberBacker): number {
  const readings = [number.value, number.direction === 'fall' ? -number.value : undefined, number.orScaled];
  return readings
    .filter((reading) => reading !== undefined)
    .reduce((best, reading) => (Math.abs(reading - item.value) < Math.abs(best - item.value) ? reading : best));
}

/** A number no fact checks, which one ratio of the figures around it bears out: declare it. */
function ratioMessage(number: ProseNumber, ratio: RatioBearingOut): string {
  const shown = [ratio.value, ratio.high]
    .filter((end) => end !== undefined)
    // As the fact declared from it would show it: 114, not 113.79.
    .map((end) =>
      formatValue(end, { format: ratio.format, significant: productSignificant(end, ratio.format) }, 'en-GB'),
    )
    .join(' – ');
  // An approximate input leaves the ratio uncertain: the <Claim> will say it may not hold.
  const value = ratio.approximate
    ? `${shown} (one of its figures is approximate, so the <Claim> can say only that it may hold)`
    : shown;
  if (ratio.roughly) {
    const markup = claimMarkup(number, '…', ratio.claim, ratio.format).replace(/>([^<]*)</, '>about $1<');
    return `"${shownText(number)}" in the text is not checked: ${ratio.formula} gives ${value}, which "${shownText(number)}" states only roughly; declare a fact with formula: ${ratio.formula}, and write ${markup}, or the number it gives`;
  }
  const bind = number.words
    ? `the words with ${claimMarkup(number, '…')}`
    : `it with ${claimMarkup(number, '…', ratio.claim, ratio.format)}`;
  return `"${shownText(number)}" in the text is not checked: ${ratio.formula} gives ${value}, which bears it out; declare a fact with formula: ${ratio.formula}, and bind ${bind}`;
}

/** A percentage that no figure states, beside a fact of its kind that it misses. */
function missedMessage(number: ProseNumber, fact: NumberBacker): string {
  // The digits' own claim, as a <Claim> on the fact would make it: a fall's size as a negative change.
  const written = number.qualified ?? { comparison: '=' as const, value: number.value };
  const claim = number.direction === 'fall' ? fallClaim(written) : written;
  // Digits that state the fact rounded to their last non-zero digit ("480" of a computed 479,
  // "140%" of 141.7 %) are offered "about", which holds; "£130bn" of £120 billion is a slip.
  const about: ParsedClaim = { comparison: '~', value: claim.value };
  const rounded = Math.abs(fact.value - claim.value) <= roundingStep(claim.value, { format: fact.format }) / 2;
  if (claim.comparison === '=' && rounded && claimHolds(about, fact)) {
    return `"${shownText(number)}" in the text states the fact beside it, ${fact.id}, only roughly: Tally computes ${fact.display}; bind it with ${claimMarkup(number, fact.id, about, fact.format)} to have it checked, or write the number as computed`;
  }
  return `"${shownText(number)}" in the text does not match the fact beside it, ${fact.id}: Tally computes ${fact.display}; if it states that, correct the text, or bind it with ${claimMarkup(number, fact.id, claim, fact.format)} to have it checked; if it is another number, declare it under figures and write <Fig id="…" />`;
}

/** Words that restate a stated figure the text never shows. */
function unshownMessage(number: ProseNumber, figure: NumberBacker): string {
  return `"${shownText(number)}" in the text is not checked: the figure ${figure.id}, ${figure.display}, bears it out, but the text never shows it; write it beside the words ("${shownText(number)}, <Fig id="${figure.id}" />") to bind them`;
}

/** Words that a fact bears out whose inputs the text names only in other paragraphs. */
function farMessage(number: ProseNumber, fact: NumberBacker): string {
  return `"${shownText(number)}" in the text is not checked: the fact ${fact.id}, ${fact.display}, bears it out, though the text names its figures only in other paragraphs; if the words are about it, bind them with ${claimFor(number, fact)}`;
}

/** What to do about a number in the text that no `<Fig>` or `<Claim>` binds. */
function bodyMessage(number: ProseNumber, { backer, fact, closest, sizeOfFall }: NumberBinding): string {
  const kind = number.words?.kind;
  if (kind === undefined) {
    // A figure is written with <Fig>; a fact's number, with a <Claim> that checks it.
    const named = backer ?? closest;
    // A fall in words stated by a negative figure: its <Fig> shows the minus the words say.
    const restated = (item: NumberBacker) =>
      number.direction === 'fall' && item.value < 0
        ? `, in place of the words of falling: it shows "${item.display}"`
        : '';
    // The comparison written before the digits ("about £1.67"), mirrored for a fall's negative change.
    const comparison = (item: NumberBacker) =>
      number.qualified
        ? (number.direction === 'fall' && item.value < 0 ? fallClaim(number.qualified) : number.qualified).comparison
        : item === backer
          ? '='
          : '~';
    const offered = (item: NumberBacker): ParsedClaim => ({
      comparison: comparison(item),
      value: statedAs(number, item),
      ...(number.step !== undefined && { step: number.step }),
    });
    const use = (item: NumberBacker) =>
      item.kind === 'figure'
        ? `use <Fig id="${item.id}" />`
        : `bind it with ${claimMarkup(number, item.id, offered(item), item.format)}`;
    // A fact the digits do not state, even roughly: the <Claim> would be false, so say so first.
    if (named?.kind === 'fact' && named === closest && !claimHolds(offered(named), named)) {
      return `"${shownText(number)}" in the text does not match the closest fact, ${named.id}: Tally computes ${named.display}; correct the text, or ${use(named)} to have it checked`;
    }
    // Unless it states the number as written, say what the figure or fact is.
    const inexact = (item: NumberBacker) =>
      item === closest || Math.abs(statedAs(number, item) - item.value) > 1e-9 * Math.max(1, Math.abs(item.value));
    const hint = !named
      ? 'declare it under figures and write <Fig id="…" />'
      : `${use(named)} if it is${inexact(named) ? `: ${named.id} is ${named.display}` : named.kind === 'figure' ? restated(named) : ''}`;
    return `"${shownText(number)}" in the text is not bound to a figure (${hint})`;
  }
  if (kind === 'rank') {
    return `"${shownText(number)}" in the text is not bound to a figure: declare a figure with the value ${number.value} and format: rank (the text may keep the words)`;
  }
  if (kind === 'cardinal') {
    return `"${shownText(number)}" in the text is not bound to a figure: declare a figure with the value ${number.value.toLocaleString('en-GB')} (the text may keep the words)`;
  }
  if (fact) {
    return `"${shownText(number)}" in the text is not checked: bind it to the fact that bears it out, ${claimFor(number, fact)}`;
  }
  if (closest && sizeOfFall) {
    return `"${shownText(number)}" in the text is not checked: the fact ${closest.id} computes a fall of that size, ${closest.display}; if the words give its size, bind them with ${claimMarkup(number, closest.id, sizeOfFall)}`;
  }
  if (closest?.kind === 'fact') {
    return `"${shownText(number)}" in the text does not match the closest fact, ${closest.id}: Tally computes ${closest.display}; correct the text, or bind it with ${claimFor(number, closest)} to have it checked`;
  }
  return `"${shownText(number)}" in the text is not bound to a fact: declare a fact that computes it and write ${claimMarkup(number, '…')}`;
}

/** The frontmatter texts a reader sees, each with its field path. */
function readerFields(data: ArticleData): [FieldPath, string][] {
  const fields: [FieldPath, string | undefined][] = [
    [['title'], data.title],
    [['dek'], data.dek],
    ...Object.entries(data.figures).flatMap(([id, figure]): [FieldPath, string | undefined][] => [
      [['figures', id, 'label'], figure.label],
      [['figures', id, 'note'], figure.note],
    ]),
    ...Object.entries(data.facts).flatMap(([id, fact]): [FieldPath, string | undefined][] => [
      [['facts', id, 'title'], fact.title],
      [['facts', id, 'note'], fact.note],
    ]),
    ...data.charts.flatMap((chart, index): [FieldPath, string | undefined][] => [
      [['charts', index, 'title'], chart.title],
      [['charts', index, 'caption'], chart.caption],
    ]),
    ...data.timeline.map((entry, index): [FieldPath, string | undefined] => [['timeline', index, 'text'], entry.text]),
    ...Object.entries(data.sources).flatMap(([id, source]): [FieldPath, string | undefined][] => [
      [['sources', id, 'title'], source.title],
      [['sources', id, 'note'], source.note],
    ]),
  ];
  return fields.filter((field): field is [FieldPath, string] => field[1] !== undefined);
}
