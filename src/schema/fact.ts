import { z } from 'astro/zod';
import { formatSchema } from './figure.ts';
import { idSchema } from './ids.ts';

/** A number Tally computes from the article's figures, never typed in. */
export const factSchema = z.strictObject({
  /** What the computation shows, as a heading: "Facility quota". */
  title: z.string().trim().min(1),
  /** Arithmetic over figure and fact ids: `perFacility * facilities`. */
  formula: z.string().trim().min(1, { error: 'expected a formula such as "perFacility * facilities"' }),
  /** How the result is shown. Default `number`. */
  format: formatSchema.default('number'),
  /** What the result counts. */
  unit: z.string().trim().min(1).optional(),
  /** The id of a stated figure this computation checks. */
  compareTo: idSchema.optional(),
  /** How far (relative, 0.05 = 5 %) the stated figure may be from the result and still match. Default 0. */
  tolerance: z
    .number({ error: 'expected a number between 0 and 1, such as 0.05 for 5 %' })
    .min(0, { error: 'expected a number between 0 and 1, such as 0.05 for 5 %' })
    .max(1, { error: 'expected a number between 0 and 1, such as 0.05 for 5 %' })
    .default(0),
  /** A sentence of context shown under the fact. */
  note: z.string().trim().min(1).optional(),
});

export type FactInput = z.output<typeof factSchema>;
