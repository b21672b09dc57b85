import { z } from 'astro/zod';

/** Ids of figures, facts, sources and charts: camelCase, so they read as names in formulas. */
export const ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: (issue) => `expected a camelCase id such as "perFacility", found "${String(issue.input)}"` });
