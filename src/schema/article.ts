import { z } from 'astro/zod';
import { factSchema } from './fact.ts';
import { figureSchema } from './figure.ts';
import { idRecord, idReferenceSchema, idSchema } from './ids.ts';
import { partialDateSchema, periodDateSchema } from './partialDate.ts';
import { sourceSchema } from './source.ts';
import { slugify } from '../facts/slugify.ts';

const text = z.string().trim().min(1);

/** The longest name a file or folder may have on common file systems, in bytes. */
const MAX_SEGMENT_BYTES = 255;

/** `slugify` throws for a name with no letters or digits; here that is a message, not a crash. */
function slugOrNothing(name: string): string {
  try {
    return slugify(name);
  } catch {
    return '';
  }
}

/**
 * A section or tag: text that makes a web address of its own (`/sections/<slug>/`), so it needs a
 * letter or digit, and a slug short enough to be a folder name.
 */
const shelfName = text.check((ctx) => {
  if (ctx.value === '') return; // "must not be empty" says it
  const slug = slugOrNothing(ctx.value);
  const bytes = new TextEncoder().encode(slug).length;
  const message = !slug
    ? `"${ctx.value.slice(0, 200)}" has no letter or digit to make a web address from: add a word`
    : bytes > MAX_SEGMENT_BYTES
      ? `too long for a web address: its address part "${slug.slice(0, 40)}…" is ${bytes} bytes, at most ${MAX_SEGMENT_BYTES}`
      : undefined;
  if (message) ctx.issues.push({ code: 'custom', input: ctx.value, message });
});

/** A dated event in the story. */
export const timelineEntrySchema = z.strictObject({
  date: periodDateSchema.describe('When it happened, at the precision known; a quarter is written 2024-Q3.'),
  /** What happened, in a sentence. */
  text,
  source: idReferenceSchema.optional().describe('The id of a source in `sources`.'),
});

export const CHART_KINDS = ['bar'] as const;

/** A chart the build draws from the article's own figures. */
export const chartSchema = z.strictObject({
  id: idSchema.describe('How `<Chart id="…" />` refers to it.'),
  title: text.describe("The chart's heading, which is also its accessible name."),
  figures: z
    .array(idReferenceSchema)
    .min(1, { error: 'expected at least one figure id' })
    .describe('The figures to draw, in order. They should share a unit.'),
  kind: z.enum(CHART_KINDS).default('bar').describe('The kind of chart. Default `bar` (horizontal bars).'),
  caption: text.optional().describe('A sentence under the chart.'),
});

/** The frontmatter of `content/articles/<slug>.mdx`. */
export const articleSchema = z.strictObject({
  title: text.describe('The headline.'),
  dek: text.describe('One sentence that says what the article finds.'),
  section: shelfName.describe('The section the article is filed under, e.g. "Security". It needs a letter or digit.'),
  tags: z.array(shelfName).default([]).describe('Topics, lower case, for tag pages; each needs a letter or digit.'),
  authors: z.array(text).optional().describe('Bylines. Without them the publisher is credited.'),
  draft: z.boolean().default(false).describe('A draft shows in `npm run dev` only. Default false.'),
  published: partialDateSchema.describe('When the article was published, at its real precision.'),
  updated: partialDateSchema.optional().describe('When it was last changed in substance.'),
  sources: idRecord(sourceSchema).default({}).describe('Where the numbers come from, by id.'),
  figures: idRecord(figureSchema).default({}).describe('Numbers the article states, by id.'),
  facts: idRecord(factSchema).default({}).describe('Numbers Tally computes from the figures, by id.'),
  timeline: z.array(timelineEntrySchema).default([]).describe('Dated events, in any order; shown oldest first.'),
  charts: z.array(chartSchema).default([]).describe('Charts drawn from the figures.'),
});

export type ArticleData = z.output<typeof articleSchema>;
export type ChartInput = z.output<typeof chartSchema>;
