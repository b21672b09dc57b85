/**
 * Editor-facing wording for Zod's built-in issues ("is required", "expected a number, found
 * \"lots\""). Messages the schema sets itself take precedence over these, as Zod ranks a
 * schema's own `error` above the one given to `safeParse`.
 */
import type { core } from 'astro/zod';

type RawIssue = core.$ZodRawIssue;

/** The value as an editor would recognise it: `"lots"`, `42`, `nothing`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields (name: value lines)',
  array: 'a list',
  record: 'a group of fields (name: value lines)',
  date: 'a date',
};

export function describeIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required: expected ${expected}`;
      // `-russia`: a list item needs a space after its dash.
      if (issue.expected === 'array' && typeof issue.input === 'string' && /^-\S/.test(issue.input)) {
        return `expected a list, found ${describeValue(issue.input)}: put a space after the dash (- ${issue.input.slice(1)})`;
      }
      return `expected ${expected}, found ${describeValue(issue.input)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s)`;
      return `expected at least ${String(issue.minimum)}, found ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${String(issue.maximum)} item(s)`;
      return `expected at most ${String(issue.maximum)}, found ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}, found ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
}
