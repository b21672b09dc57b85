/**
 * The frontmatter's JSON Schema (`npm run schema`) is generated from the Zod schema: the committed
 * file must be what the schema gives today, and it must describe every part of an article (ids
 * mapping to sources, figures and facts, each field with its description), not `{}`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schema/article.ts';
import { factSchema } from '../../src/schema/fact.ts';
import { figureSchema } from '../../src/schema/figure.ts';
import { ID_PATTERN } from '../../src/schema/ids.ts';
import { sourceSchema } from '../../src/schema/source.ts';
import {
  ARTICLE_JSON_SCHEMA_PATH,
  articleJsonSchema,
  articleJsonSchemaText,
} from '../../src/schema/articleJsonSchema.ts';

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  required?: string[];
  pattern?: string;
  items?: JsonSchema;
}

const schema = articleJsonSchema() as JsonSchema;

describe('the article JSON Schema', () => {
  it('is committed as npm run schema writes it today (run npm run schema after changing src/schema/)', () => {
    expect(readFileSync(ARTICLE_JSON_SCHEMA_PATH, 'utf8')).toBe(articleJsonSchemaText());
  });

  it('names every field of the article, each with a description, and requires what the schema requires', () => {
    expect(Object.keys(schema.properties!)).toEqual(Object.keys(articleSchema.shape));
    for (const [name, field] of Object.entries(schema.properties!)) {
      expect(field.description, name).toBeTruthy();
    }
    expect(schema.required).toEqual(['title', 'dek', 'section', 'published']);
  });

  it.each([
    ['sources', sourceSchema.shape],
    ['figures', figureSchema.shape],
    ['facts', factSchema.shape],
  ] as const)('describes %s as a map from camelCase ids to entries with every field', (name, shape) => {
    const record = schema.properties![name]!;
    expect(record.type).toBe('object');
    expect(record.propertyNames?.pattern).toBe(ID_PATTERN.source);
    const entry = record.additionalProperties as JsonSchema;
    expect(Object.keys(entry.properties!)).toEqual(Object.keys(shape));
    for (const [field, property] of Object.entries(entry.properties!)) {
      expect(property.description, `${name}.${field}`).toBeTruthy();
    }
  });

  it('accepts a date as text or a bare year, with its pattern', () => {
    const published = schema.properties!.published!;
    expect(published.type).toEqual(['string', 'integer']);
    const pattern = new RegExp(published.pattern!);
    for (const date of ['2024', '2024-10', '2024-10-02']) expect(date).toMatch(pattern);
    for (const date of ['24', '2024-1', '2024/10', 'October 2024']) expect(date).not.toMatch(pattern);
  });

  it("accepts a quarter in a figure's asOf and a timeline date, and only there", () => {
    const asOf = (schema.properties!.figures!.additionalProperties as JsonSchema).properties!.asOf!;
    const timelineDate = schema.properties!.timeline!.items!.properties!.date!;
    for (const period of [asOf, timelineDate]) {
      const pattern = new RegExp(period.pattern!);
      for (const date of ['2024', '2024-Q3', '2024-10', '2024-10-02']) expect(date).toMatch(pattern);
      for (const date of ['2024-Q', 'Q3 2024', '2024-q3', '2024-Q10']) expect(date).not.toMatch(pattern);
    }
    expect('2024-Q3').not.toMatch(new RegExp(schema.properties!.published!.pattern!));
  });
});
