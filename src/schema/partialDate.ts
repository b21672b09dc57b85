import { z } from 'astro/zod';
import { explainInvalidPartialDate, PARTIAL_DATE, parsePartialDate } from '../facts/partialDate.ts';

/**
 * YAML readers disagree on bare dates: one reads `2024-10-02` as a Date, another as a string,
 * and `2024` is a number to both. Bring all three back to the text the editor wrote.
 */
function toWrittenDate(input: unknown): unknown {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}

/** A date with the precision of its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = z
  .preprocess(
    toWrittenDate,
    z
      .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
      .check((ctx) => {
        const problem = explainInvalidPartialDate(ctx.value);
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
      })
      .transform(parsePartialDate),
    // For JSON Schema (editors): YAML reads a bare year as a number, so a year is an integer too.
  )
  .meta({ type: ['string', 'integer'], pattern: PARTIAL_DATE.source });
