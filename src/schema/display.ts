import { z } from 'astro/zod';
import { FORMATS } from '../facts/formatValue.ts';
import { parseUnit, UnitError } from '../facts/units.ts';

export const formatSchema = z.enum(FORMATS, {
  error: (issue) => `expected one of ${FORMATS.join(', ')}, found "${String(issue.input)}"`,
});

/** A count noun (`people`), a currency code (`USD`) or a compound of two (`USD/person`). */
export const unitSchema = z
  .string()
  .trim()
  .min(1)
  .check((ctx) => {
    try {
      parseUnit(ctx.value);
    } catch (error) {
      if (!(error instanceof UnitError)) throw error;
      ctx.issues.push({ code: 'custom', input: ctx.value, message: error.message });
    }
  });

/** A whole number from `min` to `max`, with one message for every way to miss it. */
function wholeNumber(min: number, max: number, what: string) {
  const error = `expected a whole number of ${what} from ${min} to ${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional();
}

/** How precisely and with which sign a number is shown; shared by figures and facts. */
export const displayFields = {
  signed: z
    .boolean()
    .optional()
    .describe('Show the sign of a positive number too ("+20%"): for changes. Default false.'),
  digits: wholeNumber(0, 20, 'fraction digits').describe('Fraction digits to show, fixed: `digits: 1` shows "46.0%".'),
  significant: wholeNumber(1, 21, 'significant digits').describe(
    'Significant digits to show, fixed: `significant: 4` shows "2.185 trillion".',
  ),
  basisPoints: z
    .boolean()
    .optional()
    .describe('Show percentage points as basis points: 0.0025 is "25 basis points". Only with format: points.'),
  minorUnit: z
    .boolean()
    .optional()
    .describe('Show money in pence or cents: 0.1395 GBP is "13.95p", 0.95 USD "95¢". For GBP, USD and EUR.'),
};

/** `digits` and `significant` are two ways to say one thing: one at most. */
export function checkOnePrecision(ctx: z.core.ParsePayload<{ digits?: number; significant?: number }>): void {
  if (ctx.value.digits !== undefined && ctx.value.significant !== undefined) {
    ctx.issues.push({
      code: 'custom',
      path: ['significant'],
      input: ctx.value.significant,
      message: 'give digits or significant, not both: they are two ways to set the same precision',
    });
  }
}
