import { z } from 'astro/zod';
import { COMPARISONS, type ClaimComparison } from '../facts/evaluateClaim.ts';
import {
  basisPointsProblem,
  DIMENSIONLESS_FORMATS,
  LARGEST_VALUE,
  minorUnitProblem,
  QUALIFIERS,
  type Qualifier,
} from '../facts/formatValue.ts';
import { writtenUnitCurrency } from '../facts/units.ts';
import { checkOnePrecision, displayFields, formatSchema, unitSchema } from './display.ts';
import { idReferenceSchema } from './ids.ts';
import { periodDateSchema } from './partialDate.ts';

export { LARGEST_VALUE };

/** What was found instead of a number, with the fix for the usual slip ("20%" is written 0.2). */
function notANumber(input: unknown): string {
  if (input === undefined) return 'is required: expected a number';
  const found = typeof input === 'number' ? String(input) : (JSON.stringify(input) ?? 'nothing');
  if (typeof input === 'string' && /^\s*[-−]?\d+(?:\.\d+)?\s*%\s*$/.test(input)) {
    const fraction = Number.parseFloat(input.replace('−', '-')) / 100;
    return `expected a number, found ${found}: a percentage is written as a fraction, so write ${fraction} (with format: percent)`;
  }
  return `expected a number or a range [low, high], found ${found}`;
}

/** The qualifier a newsroom's word for it means: "more than" is `over`, "around" is `about`. */
const QUALIFIER_OF: Partial<Record<ClaimComparison, Qualifier>> = {
  '>': 'over',
  '>=': 'over',
  '<': 'under',
  '<=': 'up to',
  '~': 'about',
};

function qualifierMessage(input: unknown): string {
  const expected = `expected one of ${QUALIFIERS.join(', ')}, found "${String(input)}"`;
  const comparison =
    typeof input === 'string' ? COMPARISONS.find(([pattern]) => pattern.test(`${input.trim()} `))?.[1] : undefined;
  const meant = comparison && QUALIFIER_OF[comparison];
  return meant ? `${expected}: write qualifier: ${meant}` : expected;
}

const number = z
  // JSON.stringify(Infinity) is "null": name non-finite numbers as they are.
  .number({ error: (issue) => notANumber(issue.input) })
  .refine((value) => Math.abs(value) <= LARGEST_VALUE, {
    error: `is too large: figures must be at most ${LARGEST_VALUE.toExponential()} in size`,
  });

/** A number, or a range written `[low, high]`: "between 10 and 15", "2015–2016". */
const valueSchema = z.union(
  [
    number,
    z
      .tuple([number, number], { error: 'expected a range written [low, high], such as [10, 15]' })
      .refine(([low, high]) => low < high, { error: 'a range is written [low, high], with low below high' }),
  ],
  { error: (issue) => notANumber(issue.input) },
);

/** A number stated in the article (or by someone it quotes). */
export const figureSchema = z
  .strictObject({
    value: valueSchema.describe(
      'The number itself, or a range `[low, high]`. A percentage is a fraction: 40 % is written 0.4.',
    ),
    format: formatSchema.default('number').describe('How the value is shown. Default `number`.'),
    unit: unitSchema
      .optional()
      .describe('What is counted (people, facilities, km) or the currency (USD, EUR); compound: USD/person.'),
    ...displayFields,
    label: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('What the number is, in a few words, for fact boxes, charts and source cards.'),
    qualifier: z
      .enum(QUALIFIERS, {
        error: (issue) => qualifierMessage(issue.input),
      })
      .default('exact')
      .describe('How exact the statement is; shown with the number ("over 30,000"). Default `exact`.'),
    asOf: periodDateSchema
      .optional()
      .describe('The date the number describes, at the precision known; a quarter is written 2024-Q3.'),
    forecast: z
      .boolean()
      .default(false)
      .describe(
        'The number is a forecast, projection or target: what someone expects for `asOf`, which may lie after the article. Default `false`.',
      ),
    scheduled: z
      .boolean()
      .default(false)
      .describe(
        'The number is already decided and applies from `asOf`, which may lie after the article: a price cap, a tax rate, a minimum wage set for a date to come. Default `false`.',
      ),
    constant: z
      .boolean()
      .default(false)
      .describe(
        'The number is true by definition, not reported: 60 minutes in an hour, 100,000 people in a hundred thousand (the base of a rate). It needs no source. Default `false`.',
      ),
    source: idReferenceSchema
      .optional()
      .describe('The id of a source in `sources`. Without one the figure is shown as unattributed.'),
    claimedBy: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Who asserts the number, when the article attributes it to someone.'),
    note: z.string().trim().min(1).optional().describe('Context a reader needs to read the number correctly.'),
  })
  .check((ctx) => {
    const { value, format, unit, qualifier, basisPoints, minorUnit, forecast, scheduled } = ctx.value;
    const values = Array.isArray(value) ? value : [value];
    const push = (path: string, input: unknown, message: string) =>
      ctx.issues.push({ code: 'custom', path: [path], input, message });
    if ((format === 'count' || format === 'year' || format === 'rank') && !values.every(Number.isInteger)) {
      push(
        'value',
        value,
        `${values.join(', ')} is not a whole number, but the format is ${format}; use format: number or percent`,
      );
    }
    if (forecast && scheduled) {
      push(
        'scheduled',
        scheduled,
        'a figure is a forecast (what someone expects) or scheduled (what has been decided), not both: keep one',
      );
    }
    if (format === 'rank' && values.some((v) => v < 1)) {
      push('value', value, `a rank starts at 1 ("1st"): found ${values.join(', ')}`);
    }
    if (unit !== undefined && DIMENSIONLESS_FORMATS.includes(format)) {
      push(
        'unit',
        unit,
        `a ${format === 'multiple' ? 'multiple' : 'share'} has no unit: leave unit out (format: ${format})`,
      );
    }
    if (format === 'year' && unit !== undefined && !/^years?$/.test(unit)) {
      push('unit', unit, `a year has no other unit than "year": leave unit out (format: year)`);
    }
    if (Array.isArray(value) && qualifier !== 'exact') {
      push('qualifier', qualifier, `a range is already a span: leave the qualifier out, or give one value`);
    }
    const notPoints = basisPointsProblem(format, basisPoints);
    if (notPoints) push('basisPoints', basisPoints, notPoints);
    const notMinor = minorUnitProblem(format, writtenUnitCurrency(unit), minorUnit);
    if (notMinor) push('minorUnit', minorUnit, notMinor);
    checkOnePrecision(ctx);
  });

export type FigureInput = z.output<typeof figureSchema>;
