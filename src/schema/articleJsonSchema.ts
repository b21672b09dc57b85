/**
 * The JSON Schema of an article's frontmatter, generated from `articleSchema` (never written by
 * hand), for editors: autocompletion, descriptions on hover and validation as one types.
 *
 * Generated as Astro generates a collection's schema for its content IntelliSense
 * (`.astro/collections/articles.schema.json`): the input an editor writes (`io: 'input'`), with
 * the checks JSON Schema cannot say (units, formulas, real days) left to `npm run check`
 * (`unrepresentable: 'any'`). `npm run schema` writes it to `schema/article.schema.json`; a test
 * fails when that file is out of date.
 */
import { z } from 'astro/zod';
import { articleSchema } from './article.ts';

/** Where `npm run schema` writes it, from the project's root. */
export const ARTICLE_JSON_SCHEMA_PATH = 'schema/article.schema.json';

export function articleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(articleSchema, { io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Tally article frontmatter',
    description:
      'The fields between the --- lines of content/articles/<slug>.mdx. EDITING.md explains each; npm run check finds what this schema cannot (units, formulas, ids that must exist).',
    ...rest,
  };
}

/** The file's text: two-space JSON with a final newline, as Prettier writes it. */
export function articleJsonSchemaText(): string {
  return `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;
}
