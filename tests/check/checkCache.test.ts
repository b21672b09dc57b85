/**
 * The checker's cache: a rerun reuses the results of unchanged files, gives exactly what a fresh
 * check gives, and checks again whatever changed or cannot be read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleCheck } from '../../src/check/checkArticle.ts';
import { encodeEntry } from '../../src/check/checkCache.ts';
import { checkContent } from '../../src/check/checkContent.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const BROKEN = ['impossible-day.mdx', 'unknown-fig-id.mdx'];

let scratch: string;
let folder: string;
let cacheDirectory: string;

function check({ cached = true } = {}) {
  return checkContent({ directory: folder, locale: 'en-GB', root: scratch, ...(cached && { cacheDirectory }) });
}

function entries(): string[] {
  return readdirSync(cacheDirectory).filter((name) => name.endsWith('.v8'));
}

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tally-check-cache-'));
  folder = join(scratch, 'articles');
  cacheDirectory = join(scratch, 'cache');
  mkdirSync(folder);
  copyFileSync(SEED, join(folder, 'seed.mdx'));
  for (const name of BROKEN) copyFileSync(join('tests/fixtures/invalid', name), join(folder, name));
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('the content check cache', () => {
  it('gives on a rerun exactly what a fresh check gives, from one entry per file', () => {
    const first = check();
    expect(first.errors).toBeGreaterThan(0);
    expect(first.resolved.size).toBe(1);
    expect(entries()).toHaveLength(3);
    const second = check();
    expect(second).toStrictEqual(first);
    expect(check({ cached: false })).toStrictEqual(second);
    expect(entries()).toHaveLength(3);
  });

  it('reads an unchanged file from its entry instead of checking it again', () => {
    check();
    const planted: ArticleCheck = {
      problems: [{ file: 'planted', line: 1, column: 1, field: 'file', message: 'from the cache', severity: 'error' }],
    };
    for (const name of entries()) writeFileSync(join(cacheDirectory, name), encodeEntry(planted));
    expect(check().problems.map((problem) => problem.message)).toEqual(Array(3).fill('from the cache'));
    expect(check({ cached: false }).problems.map((problem) => problem.message)).not.toContain('from the cache');
  });

  it('checks a changed file again, and only that file', () => {
    check();
    const seed = join(folder, 'seed.mdx');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace(/^title: .*$/m, 'title: A changed title'));
    const rerun = check();
    expect(rerun.resolved.get('seed.mdx')?.title).toBe('A changed title');
    expect(entries()).toHaveLength(4);
    expect(rerun).toStrictEqual(check({ cached: false }));
  });

  it('reads an article’s numbers, frontmatter numbers and text only when first used, all at once', () => {
    const fresh = check({ cached: false }).entries.get('seed')!;
    check();
    const cached = check().entries.get('seed')!;
    const { article, entry } = cached;
    const unread = (fields: object) => (key: string) => Object.getOwnPropertyDescriptor(fields, key)?.get !== undefined;
    const later = {
      article: ['figures', 'facts', 'byId', 'sources', 'timeline', 'charts', 'unattributed'],
      entry: ['body'],
      data: ['figures', 'facts', 'sources', 'timeline', 'charts'],
    };
    expect(later.article.every(unread(article))).toBe(true);
    expect(later.entry.every(unread(entry))).toBe(true);
    expect(later.data.every(unread(entry.data))).toBe(true);
    expect(['title', 'published'].some(unread(article))).toBe(false);
    expect(['title', 'draft', 'published'].some(unread(entry.data))).toBe(false);
    // The fields a list reads are there, in the order a fresh check gives them.
    expect(article.title).toBe(fresh.article.title);
    expect(Object.keys(article)).toEqual(Object.keys(fresh.article));
    expect(Object.keys(entry.data)).toEqual(Object.keys(fresh.entry.data));
    // One use reads every part at once, in one piece: a fact's inputs are the very figures listed.
    expect(article.facts).toStrictEqual(fresh.article.facts);
    for (const fields of [article, entry, entry.data]) expect(Object.keys(fields).some(unread(fields))).toBe(false);
    const input = article.facts.flatMap((fact) => fact.inputs).find((each) => each.kind === 'figure');
    expect(input).toBeDefined();
    expect(article.figures).toContain(input);
    expect(cached).toStrictEqual(fresh);
  });

  it('says which entry it could not read when one is deleted before its text is used', () => {
    check();
    const { entry } = check().entries.get('seed')!;
    rmSync(cacheDirectory, { recursive: true });
    expect(() => entry.body).toThrow(
      /articles\/seed\.mdx: its cached check, .*cache\/[0-9a-f]{64}\.v8, cannot be read again/,
    );
  });

  it('checks again when an entry cannot be read', () => {
    const first = check();
    for (const name of entries()) writeFileSync(join(cacheDirectory, name), 'not a serialized check');
    expect(check()).toStrictEqual(first);
  });
});
