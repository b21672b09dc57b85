import { z } from 'astro/zod';
import { checkOnePrecision, displayFields, formatSchema, unitSchema } from './display.ts';
import { idReferenceSchema } from './ids.ts';

const share = (what: string, max: number) =>
  z
    .number({ error: `expected ${what}` })
    .min(0, { error: `expected ${what}` })
    .max(max, { error: `expected ${what}` });

/** A number Tally computes from the article's figures, never typed in. */
export const factSchema = z
  .strictObject({
    title: z.string().trim().min(1).describe('What the computation shows, as a heading: "Facility quota".'),
    formula: z
      .string()
      .trim()
      .min(1, { error: 'expected a formula such as "perFacility * facilities"' })
      .describe('Arithmetic over figure and fact ids: `perFacility * facilities`.'),
    format: formatSchema
      .optional()
      .describe(
        'How the result is shown. Default: what the formula gives (`percent` for a sum of percentages or 1 less some, `points` for a difference of two, `year` for a year), else `number`.',
      ),
    unit: unitSchema
      .optional()
      .describe('What the result counts. Derived from the formula; when given, it must be what the formula gives.'),
    ...displayFields,
    compareTo: idReferenceSchema.optional().describe('The id of a stated figure this computation checks.'),
    tolerance: share('a number between 0 and 1, such as 0.05 for 5 %', 1)
      .optional()
      .describe(
        'How far (relative, 0.05 = 5 %) the stated figure may be from the result and still match. Without it, a stated number matches when the result rounds to it as it is written.',
      ),
    tolerancePoints: share('a number of percentage points between 0 and 100, such as 0.5', 100)
      .optional()
      .describe('For a percentage: how many percentage points the stated figure may be off (0.5 = half a point).'),
    expect: z
      .enum(['matches', 'differs'], { error: (issue) => `expected matches or differs, found "${String(issue.input)}"` })
      .optional()
      .describe(
        'What the editor expects of the verdict: `differs` when the discrepancy is the story (the check then says nothing of it), `matches` to make a difference an error.',
      ),
    note: z.string().trim().min(1).optional().describe('A sentence of context shown under the fact.'),
  })
  .check((ctx) => {
    checkOnePrecision(ctx);
    if (ctx.value.tolerance !== undefined && ctx.value.tolerancePoints !== undefined) {
      ctx.issues.push({
        code: 'custom',
        path: ['tolerancePoints'],
        input: ctx.value.tolerancePoints,
        message: 'give tolerance (relative) or tolerancePoints (absolute), not both',
      });
    }
  });

export type FactInput = z.output<typeof factSchema>;
