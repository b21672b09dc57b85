import { z } from 'astro/zod';
import {
  dateForms,
  explainInvalidPartialDate,
  PARTIAL_DATE,
  parsePartialDate,
  PERIOD_DATE,
  type DateRules,
} from '../facts/partialDate.ts';

/**
 * YAML readers disagree on bare dates: one reads `2024-10-02` as a Date, another as a string,
 * and `2024` is a number to both. Bring all three back to the text the editor wrote.
 */
function toWrittenDate(input: unknown): unknown {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}

function writtenDateSchema(rules: DateRules) {
  return z
    .preprocess(
      toWrittenDate,
      z
        .string({ error: `expected a date written ${dateForms(rules)}` })
        .check((ctx) => {
          const problem = explainInvalidPartialDate(ctx.value, rules);
          if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
        })
        .transform((text) => parsePartialDate(text, rules)),
      // For JSON Schema (editors): YAML reads a bare year as a number, so a year is an integer too.
    )
    .meta({ type: ['string', 'integer'], pattern: (rules.quarters ? PERIOD_DATE : PARTIAL_DATE).source });
}

/** A date something happened, with the precision of its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = writtenDateSchema({ quarters: false });

/** The date of a period (what a figure describes, an event), which may also be a quarter: `YYYY-Qn`. */
export const periodDateSchema = writtenDateSchema({ quarters: true });
