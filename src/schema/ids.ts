import { z } from 'astro/zod';

/** Ids of figures, facts, sources and charts: camelCase, so they read as names in formulas. */
export const ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

export const idSchema = z.string().regex(ID_PATTERN, {
  error: (issue) => `expected a camelCase id such as "perFacility", found "${String(issue.input)}"`,
});

/**
 * A map from id to value. Keys are checked one by one so a bad key is reported under its own
 * path (`figures.per_facility`), and `__proto__` is refused rather than silently dropped.
 */
export function idRecord<Value extends z.ZodType>(value: Value) {
  return z
    .custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), {
      error: (issue) => `expected a map of ids to entries, found ${describeInput(issue.input)}`,
    })
    .check((ctx) => {
      for (const key of Object.keys(ctx.value)) {
        if (!ID_PATTERN.test(key)) {
          ctx.issues.push({
            code: 'custom',
            path: [key],
            input: key,
            message: `expected a camelCase id such as "perFacility", found "${key}"`,
          });
        }
      }
    })
    .pipe(z.record(z.string(), value));
}

function describeInput(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  return JSON.stringify(input) ?? typeof input;
}
