/**
 * Synthetic articles for the benchmarks, made from the seed article so they exercise every
 * feature it uses, with varied numbers so no two pages are the same.
 *
 * Rules:
 * - Deterministic: article `i` is the same on every run (a PRNG seeded by `i`).
 * - Every id the seed's body refers to (`<Fig>`, `<FactBox>`, `<Chart>`) is kept, so each
 *   article resolves and renders; the body gains one sentence and sometimes an extra fact box.
 * - Figures keep their format: counts stay whole, percentages stay fractions in (0, 1].
 * - Facts: the seed's, plus, in about half the articles, a ratio of two figures and a sum
 *   checked against a stated figure, so both verdicts ("matches", "differs") occur; all three
 *   figures count the seed's most common unit, as formulas require.
 * - Charts keep their ids and draw figures and facts that share the seed chart's unit.
 * - Dates: published between 2015 and 2026 at day, month or year precision, in a month after
 *   the seed's; the timeline, `asOf` and source dates move by the same number of years.
 * - Tags: 2 to 5 of a pool of 60, so tag pages have between a few and many articles.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { isPublished } from '../src/facts/isPublished.ts';
import { parsePartialDate } from '../src/facts/partialDate.ts';

export interface SeedArticle {
  /** The file it was read from. */
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

type Figure = { value: number; format?: string; unit?: string; asOf?: unknown; [key: string]: unknown };
type Fact = { formula: string; format?: string; unit?: string; compareTo?: string; [key: string]: unknown };
type Chart = { id: string; figures: string[]; [key: string]: unknown };

const SECTIONS = ['Security', 'Economy', 'Politics', 'Health', 'Climate', 'Technology', 'Society', 'World'];
const TAG_POOL = Array.from({ length: 60 }, (_, index) => `topic ${index + 1}`);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads the seed: the first `.mdx` file (by name) in `content/articles`, or the file given. */
export function readSeedArticle(file?: string): SeedArticle {
  const path =
    file ??
    join(
      'content/articles',
      readdirSync('content/articles')
        .filter((name) => name.endsWith('.mdx'))
        .sort()[0] ?? '',
    );
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter found`);
  return {
    file: path,
    frontmatter: parse(match[1] ?? '') as Record<string, unknown>,
    body: text.slice(match[0].length),
  };
}

/** mulberry32: a small, fast, seedable PRNG; `Math.random` cannot be seeded. */
function randomFor(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return chosen;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Moves a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (string, number or Date) by whole years. */
function shiftYears(date: unknown, years: number): unknown {
  const text = date instanceof Date ? date.toISOString().slice(0, 10) : String(date);
  const match = /^(\d{4})(.*)$/.exec(text);
  if (!match) return date;
  const shifted = `${Number(match[1]) + years}${match[2]}`;
  // 29 February does not exist in most years.
  return shifted.endsWith('-02-29') ? shifted.replace(/29$/, '28') : shifted;
}

/**
 * A publication date in a random year, in a month after the seed's: the seed's events and figures,
 * moved by whole years, must not be dated after the article (the checker refuses that).
 */
function randomDate(random: () => number, seedMonth: number): { text: string; year: number } {
  const year = 2015 + Math.floor(random() * 12);
  const first = Math.min(12, seedMonth + 1);
  const month = first + Math.floor(random() * (13 - first));
  const day = 1 + Math.floor(random() * 28);
  const precision = random();
  const text =
    precision < 0.05 ? `${year}` : precision < 0.3 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { text, year };
}

function varyValue(random: () => number, figure: Figure): number {
  const factor = Math.exp((random() - 0.5) * 1.4);
  const value = figure.value * factor;
  if (figure.format === 'count') return Math.max(1, Math.round(value));
  if (figure.format === 'percent') return Math.min(1, Math.max(0.001, Number(value.toPrecision(3))));
  return Number(value.toPrecision(3)) || 1;
}

function yearOf(date: unknown): number {
  return Number(/^(\d{4})/.exec(date instanceof Date ? date.toISOString() : String(date))?.[1] ?? 2024);
}

export interface SyntheticArticle {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Article number `index` (1-based) of a corpus made from `seed`. */
export function syntheticArticle(seed: SeedArticle, index: number): SyntheticArticle {
  const random = randomFor(index * 7919 + 1);
  const front = structuredClone(seed.frontmatter);
  const published = randomDate(random, Number(/^\d{4}-(\d{2})/.exec(String(front.published))?.[1] ?? 1));
  const years = published.year - yearOf(front.published);

  front.title = `${String(front.title)} (No. ${index})`;
  front.section = pick(random, SECTIONS);
  front.tags = sample(random, TAG_POOL, 2 + Math.floor(random() * 4));
  front.published = published.text;
  if (published.year < 2026 && random() < 0.2) front.updated = `${published.year + 1}-06-15`;
  else delete front.updated;

  for (const source of Object.values((front.sources ?? {}) as Record<string, Record<string, unknown>>)) {
    for (const field of ['published', 'accessed']) {
      if (source[field] !== undefined) source[field] = shiftYears(source[field], years);
    }
  }
  const figures = (front.figures ?? {}) as Record<string, Figure>;
  for (const figure of Object.values(figures)) {
    figure.value = varyValue(random, figure);
    if (figure.asOf !== undefined) figure.asOf = shiftYears(figure.asOf, years);
  }
  const facts = (front.facts ?? {}) as Record<string, Fact>;
  // Sums and ratios are of one unit (formulas check units): the seed's most common one.
  const counted = Object.keys(figures).filter((id) => figures[id]?.format === 'count');
  const unitTally = new Map<string | undefined, number>();
  for (const id of counted) unitTally.set(figures[id]?.unit, (unitTally.get(figures[id]?.unit) ?? 0) + 1);
  const commonUnit = [...unitTally].sort((a, b) => b[1] - a[1])[0]?.[0];
  const countIds = counted.filter((id) => figures[id]?.unit === commonUnit);
  let extraFact: string | undefined;
  if (countIds.length >= 3 && random() < 0.5) {
    const [first, second, stated] = sample(random, countIds, 3) as [string, string, string];
    facts.syntheticRatio = { title: 'Ratio of the figures', formula: `${first} / ${second}`, format: 'multiple' };
    const sum = (figures[first]?.value ?? 0) + (figures[second]?.value ?? 0);
    // Half of these sums match their stated figure within 5 %, half do not.
    if (random() < 0.5) figures[stated]!.value = Math.round(sum * (1 + (random() - 0.5) * 0.08));
    facts.syntheticSum = {
      title: 'Sum of the figures',
      formula: `${first} + ${second}`,
      format: 'count',
      compareTo: stated,
      tolerance: 0.05,
    };
    extraFact = 'syntheticSum';
  }

  const unitOf = (id: string) => figures[id]?.unit ?? facts[id]?.unit;
  for (const chart of (front.charts ?? []) as Chart[]) {
    const unit = unitOf(chart.figures[0] ?? '');
    const candidates = [...Object.keys(figures), ...Object.keys(facts)].filter((id) => unitOf(id) === unit);
    chart.figures = sample(random, candidates, 2 + Math.floor(random() * Math.max(1, candidates.length - 1)));
  }

  front.timeline = ((front.timeline ?? []) as { date: unknown }[]).map((entry) => ({
    ...entry,
    date: shiftYears(entry.date, years),
  }));

  const paragraphs = seed.body.trim().split(/\n{2,}/);
  paragraphs.splice(1, 0, `This is synthetic article number ${index}, filed under ${String(front.section)}.`);
  if (extraFact) paragraphs.splice(paragraphs.length - 1, 0, `<FactBox id="${extraFact}" />`);
  return {
    slug: `article-${String(index).padStart(5, '0')}`,
    frontmatter: front,
    body: `${paragraphs.join('\n\n')}\n`,
  };
}

export function articleFileText({ frontmatter, body }: SyntheticArticle): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}

/**
 * Writes `count` articles into `folder`, replacing what was there, and returns how many of them a
 * build made at `now` publishes: the generator dates some after today, and those are held back as
 * scheduled. Files are overwritten in place and only extra ones deleted, so regenerating a corpus
 * frees no inodes just before a build (see `setAside.ts`).
 */
export function writeCorpus(seed: SeedArticle, count: number, folder: string, now = new Date()): number {
  mkdirSync(folder, { recursive: true });
  const names = new Set<string>();
  let published = 0;
  for (let index = 1; index <= count; index += 1) {
    const article = syntheticArticle(seed, index);
    names.add(`${article.slug}.mdx`);
    writeFileSync(join(folder, `${article.slug}.mdx`), articleFileText(article));
    const { draft = false, published: date } = article.frontmatter as { draft?: boolean; published: string };
    if (isPublished({ draft, published: parsePartialDate(date) }, now)) published += 1;
  }
  for (const name of readdirSync(folder)) if (!names.has(name)) rmSync(join(folder, name), { recursive: true });
  return published;
}

/** Changes one article in place, the way an editor's correction would: a figure and a sentence. */
export function editOneArticle(seed: SeedArticle, folder: string, index = 1): void {
  const article = syntheticArticle(seed, index);
  const figures = article.frontmatter.figures as Record<string, Figure> | undefined;
  const first = figures && Object.values(figures)[0];
  if (first) first.value = first.format === 'percent' ? Math.min(1, first.value * 1.01) : first.value + 1;
  article.body += `\nCorrection: a figure in this article was updated.\n`;
  writeFileSync(join(folder, `${article.slug}.mdx`), articleFileText(article));
}
