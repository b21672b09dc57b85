/**
 * When the schema rejects an article, the cross-references can still be checked: this keeps every
 * part of the frontmatter that is valid and puts a stand-in where a part is not, so the engine can
 * report unknown ids, formula mistakes and cycles in the same run as the schema errors.
 *
 * Rules:
 * - Every id is kept (an invalid figure becomes a stand-in figure), so no id looks unknown just
 *   because its entry had a mistake; list positions are kept too, so field paths stay right.
 * - Stand-in values are arbitrary: results computed from them (division by zero, non-finite
 *   results) mean nothing and are not reported.
 */
import type { z } from 'astro/zod';
import { articleSchema, chartSchema, timelineEntrySchema, type ArticleData } from '../schema/article.ts';
import { factSchema } from '../schema/fact.ts';
import { figureSchema } from '../schema/figure.ts';
import { ID_PATTERN } from '../schema/ids.ts';
import { sourceSchema } from '../schema/source.ts';
import { parsePartialDate } from '../facts/partialDate.ts';

type Raw = Record<string, unknown>;

const STAND_IN_DATE = parsePartialDate('2000');

function record(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The raw value when it is a usable id, so a reference from an invalid entry is still checked. */
function id(value: unknown): string | undefined {
  return typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined;
}

function entries<T>(value: unknown, schema: z.ZodType<T>, standIn: (raw: Raw, key: string) => T): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, raw] of Object.entries(record(value))) {
    if (!ID_PATTERN.test(key)) continue;
    const parsed = schema.safeParse(raw);
    result[key] = parsed.success ? parsed.data : standIn(record(raw), key);
  }
  return result;
}

function field<T>(schema: z.ZodType<T>, value: unknown, standIn: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : standIn;
}

export function salvageArticleData(raw: Raw): ArticleData {
  const shape = articleSchema.shape;
  return {
    title: field(shape.title, raw.title, 'title'),
    dek: field(shape.dek, raw.dek, 'dek'),
    section: field(shape.section, raw.section, 'section'),
    tags: field(shape.tags, raw.tags, []),
    authors: field(shape.authors, raw.authors, undefined),
    draft: field(shape.draft, raw.draft, false),
    published: field(shape.published, raw.published, STAND_IN_DATE),
    updated: field(shape.updated, raw.updated, undefined),
    sources: entries(raw.sources, sourceSchema, (_raw, key) => ({ publisher: key })),
    figures: entries(raw.figures, figureSchema, (entry) => ({
      value: 1,
      format: 'number',
      qualifier: 'exact',
      forecast: false,
      scheduled: false,
      constant: false,
      source: id(entry.source),
    })),
    facts: entries(raw.facts, factSchema, (entry, key) => ({
      title: key,
      formula: typeof entry.formula === 'string' && entry.formula.trim() ? entry.formula : '1',
      compareTo: id(entry.compareTo),
    })),
    timeline: list(raw.timeline).map((entry) =>
      field(timelineEntrySchema, entry, { date: STAND_IN_DATE, text: 'text', source: id(record(entry).source) }),
    ),
    charts: list(raw.charts).map((entry, index) => {
      const chart = record(entry);
      const figures = list(chart.figures).flatMap((item) => id(item) ?? []);
      return field(chartSchema, entry, {
        id: id(chart.id) ?? `chart${index}`,
        title: 'title',
        figures: figures.length > 0 ? figures : [],
        kind: 'bar',
      });
    }),
  };
}

/** Engine problems about values and units, which stand-ins make meaningless. */
export function dependsOnValues(message: string): boolean {
  return /divides by zero|does not give a finite number|too large to show|the units do not fit|the formula gives|unit says|a stated figure is checked against/.test(
    message,
  );
}
