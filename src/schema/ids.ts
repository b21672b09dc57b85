import { z } from 'astro/zod';

/** Ids of figures, facts, sources and charts: camelCase, so they read as names in formulas. */
export const ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

export const idSchema = z.string().regex(ID_PATTERN, {
  error: (issue) => `expected a camelCase id such as "perFacility", found "${String(issue.input)}"`,
});

/**
 * An id that names something declared elsewhere (a figure's `source`, a fact's `compareTo`, a
 * chart's figures). Its spelling is not checked here: the resolver reports one that names nothing,
 * with the ids it may have meant ("Kantar" for `kantar`), which a format error would hide.
 */
export const idReferenceSchema = z.string().trim().min(1, { error: 'expected an id' });

/**
 * A map from id to value. Keys are checked one by one so a bad key is reported under its own
 * path (`figures.per_facility`), and `__proto__` is refused rather than silently dropped.
 *
 * Written as a preprocess (a transform into a record) so that JSON Schema, which reads a pipe
 * from a transform by its output, describes it as the record of ids to entries it is
 * (`npm run schema`, and Astro's content IntelliSense).
 */
export function idRecord<Value extends z.ZodType>(value: Value) {
  return z.preprocess(
    (input, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        ctx.issues.push({
          code: 'custom',
          input,
          message: `expected a map of ids to entries, found ${describeInput(input)}`,
        });
        return input;
      }
      for (const key of Object.keys(input)) {
        if (!ID_PATTERN.test(key)) {
          ctx.issues.push({
            code: 'custom',
            path: [key],
            input: key,
            message: `expected a camelCase id such as "perFacility", found "${key}"`,
          });
        }
      }
      return input;
    },
    // The keys were checked above; the pattern here is for JSON Schema.
    z.record(z.string().regex(ID_PATTERN), value),
  );
}

function describeInput(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  return JSON.stringify(input) ?? typeof input;
}
