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

/** How precisely and with which sign a number is shown; shared by figures and facts. */
export const displayFields = {
  /** Show the sign of a positive number too ("+20%"): for changes. Default false. */
  signed: z.boolean().optional(),
  /** Fraction digits to show, fixed: `digits: 1` shows "46.0%". */
  digits: z
    .number({ error: 'expected a whole number of fraction digits from 0 to 20' })
    .int({ error: 'expected a whole number of fraction digits from 0 to 20' })
    .min(0, { error: 'expected a whole number of fraction digits from 0 to 20' })
    .max(20, { error: 'expected a whole number of fraction digits from 0 to 20' })
    .optional(),
  /** Significant digits to show, fixed: `significant: 4` shows "2.185 trillion". */
  significant: z
    .number({ error: 'expected a whole number of significant digits from 1 to 21' })
    .int({ error: 'expected a whole number of significant digits from 1 to 21' })
    .min(1, { error: 'expected a whole number of significant digits from 1 to 21' })
    .max(21, { error: 'expected a whole number of significant digits from 1 to 21' })
    .optional(),
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
