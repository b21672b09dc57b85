import { z } from 'astro/zod';
import { FORMATS, QUALIFIERS } from '../facts/formatValue.ts';
import { idSchema } from './ids.ts';
import { partialDateSchema } from './partialDate.ts';

/** Past this a number cannot be shown exactly, and no news figure needs it. */
export const LARGEST_VALUE = 1e15;

export const formatSchema = z.enum(FORMATS, {
  error: (issue) => `expected one of ${FORMATS.join(', ')}, found "${String(issue.input)}"`,
});

/** A number stated in the article (or by someone it quotes). */
export const figureSchema = z
  .strictObject({
    /** The number itself. A percentage is a fraction: 40 % is written 0.4. */
    value: z
      .number({
        // JSON.stringify(Infinity) is "null": name non-finite numbers as they are.
        error: (issue) =>
          `expected a number, found ${typeof issue.input === 'number' ? String(issue.input) : (JSON.stringify(issue.input) ?? 'nothing')}`,
      })
      .refine((value) => Math.abs(value) <= LARGEST_VALUE, {
        error: `is too large: figures must be at most ${LARGEST_VALUE.toExponential()} in size`,
      }),
    /** How the value is shown. Default `number`. */
    format: formatSchema.default('number'),
    /** What is counted: people, facilities, km. */
    unit: z.string().trim().min(1).optional(),
    /** What the number is, in a few words, for fact boxes, charts and source cards. */
    label: z.string().trim().min(1).optional(),
    /** How exact the statement is; shown with the number ("over 30,000"). Default `exact`. */
    qualifier: z
      .enum(QUALIFIERS, {
        error: (issue) => `expected one of ${QUALIFIERS.join(', ')}, found "${String(issue.input)}"`,
      })
      .default('exact'),
    /** The date the number describes. */
    asOf: partialDateSchema.optional(),
    /** The id of a source in `sources`. Without one the figure is shown as unattributed. */
    source: idSchema.optional(),
    /** Who asserts the number, when the article attributes it to someone. */
    claimedBy: z.string().trim().min(1).optional(),
    /** Context a reader needs to read the number correctly. */
    note: z.string().trim().min(1).optional(),
  })
  .check((ctx) => {
    const { value, format } = ctx.value;
    if (format === 'count' && !Number.isInteger(value)) {
      ctx.issues.push({
        code: 'custom',
        path: ['value'],
        input: value,
        message: `${value} is not a whole number, but the format is count; use format: number or percent`,
      });
    }
  });

export type FigureInput = z.output<typeof figureSchema>;
