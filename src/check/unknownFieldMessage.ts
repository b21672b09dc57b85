/**
 * The message for a field the schema does not know, with the field the editor most likely meant.
 *
 * Rules:
 * - The fields of the object the unknown one sits in are the candidates: an article's own, or a
 *   source's, a figure's, a fact's, a timeline entry's or a chart's, by the path.
 * - A word newsrooms use for a field Tally names otherwise (`date` on a source, `description`,
 *   `author`, `units`, `value` on a fact) names Tally's field, and says what it holds when one
 *   word may mean two fields (a source's `published` and `accessed`).
 * - Otherwise a slip of one or two letters (`lable`, `Unit`) names the field it is near
 *   (`closestNames`).
 * - A figure's `label` and a fact's `title` are the same idea under two names: each, written on the
 *   other, names the other. The checker then leaves out the "is required" of the field meant
 *   (`checkArticle.ts`): one slip, one message.
 */
import type { z } from 'astro/zod';
import { closestNames } from '../facts/closestNames.ts';
import { articleSchema, chartSchema, timelineEntrySchema } from '../schema/article.ts';
import { factSchema } from '../schema/fact.ts';
import { figureSchema } from '../schema/figure.ts';
import { sourceSchema } from '../schema/source.ts';
import type { FieldPath } from './locateField.ts';

const FIELDS_OF: Record<string, z.ZodObject> = {
  sources: sourceSchema,
  figures: figureSchema,
  facts: factSchema,
  timeline: timelineEntrySchema,
  charts: chartSchema,
};

/** Words for a field, each with the fields it may mean and what tells them apart. */
const FIELD_WORDS: Record<string, [field: string, meaning?: string][]> = {
  date: [
    ['published', 'when it was published'],
    ['accessed', 'when you read it'],
    ['asOf', 'the date the number describes'],
  ],
  publishedAt: [['published']],
  pubDate: [['published']],
  updatedAt: [['updated']],
  modified: [['updated']],
  author: [['authors', 'a list: authors: [A. Reporter]']],
  byline: [['authors', 'a list: authors: [A. Reporter]']],
  tag: [['tags', 'a list: tags: [economy]']],
  category: [['section']],
  headline: [['title']],
  title: [['label', "a figure's name; a fact's is its title"]],
  label: [['title', "a fact's heading; a figure's is its label"]],
  description: [['dek']],
  summary: [['dek']],
  subtitle: [['dek']],
  standfirst: [['dek']],
  link: [['url']],
  href: [['url']],
  name: [['label'], ['publisher']],
  units: [['unit']],
  currency: [['unit', 'a currency is a unit: unit: GBP']],
  decimals: [['digits']],
  precision: [['digits'], ['significant']],
  estimate: [['forecast'], ['qualifier', 'qualifier: estimated']],
  projection: [['forecast']],
  target: [['forecast']],
  value: [['formula', 'a fact is computed from a formula, never typed in']],
  compare: [['compareTo']],
  stated: [['compareTo']],
};

/** The fields `key`, unknown at `path`, stands for in a newsroom's words. */
function meantWords(key: string, path: FieldPath): [field: string, meaning?: string][] {
  const known = knownFields(path);
  return (FIELD_WORDS[key] ?? []).filter(([field]) => known.includes(field));
}

/** The one field `key`, unknown at `path`, is a newsroom's word for (`label` on a fact: `title`), if one. */
export function fieldMeant(key: string, path: FieldPath): string | undefined {
  const meant = meantWords(key, path);
  return meant.length === 1 ? meant[0]![0] : undefined;
}

export function unknownFieldMessage(key: string, path: FieldPath): string {
  const known = knownFields(path);
  const meant = meantWords(key, path);
  const guesses =
    meant.length > 0
      ? meant.map(([field, meaning]) => (meaning ? `"${field}" (${meaning})` : `"${field}"`))
      : closestNames(key, known).map((field) => `"${field}"`);
  const guess = guesses.length > 0 ? `: did you mean ${guesses.join(' or ')}?` : '';
  return `unknown field "${key}"${guess} (EDITING.md lists every field)`;
}

/** The fields of the object at `path`: the article's, or those of one of its entries. */
function knownFields(path: FieldPath): string[] {
  const schema = path.length === 0 ? articleSchema : path.length === 2 ? FIELDS_OF[String(path[0])] : undefined;
  return schema ? Object.keys(schema.shape) : [];
}
