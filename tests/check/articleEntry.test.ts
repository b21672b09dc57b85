/**
 * What a build stores of an article comes from its content check (`ArticleCheck.entry`): the
 * frontmatter as the schema returned it, the body, the file and a digest. The build reads no
 * article a second time, so this has to be everything a page is made from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { readArticle } from '../support/readArticle.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const source = readFileSync(SEED, 'utf8');
const options = { file: SEED, locale: 'en-GB' };

describe("an article check's entry", () => {
  it('holds the validated frontmatter, the body after it, and the file', () => {
    const { entry } = checkArticle(source, options);
    const expected = readArticle(SEED);
    expect(entry?.data).toEqual(expected.data);
    expect(entry?.body).toBe(expected.body.trim());
    expect(entry?.body.startsWith('On Oct. 2, Vladimir Putin signed')).toBe(true);
    expect(entry?.file).toBe(SEED);
  });

  it('has a digest that changes with any change to the file, and only then', () => {
    const digest = checkArticle(source, options).entry?.digest;
    expect(digest).toMatch(/^[\w-]{43}$/);
    expect(checkArticle(source, options).entry?.digest).toBe(digest);
    const edited = source.replace('value: 210', 'value: 211');
    expect(edited).not.toBe(source);
    expect(checkArticle(edited, options).entry?.digest).not.toBe(digest);
  });

  it('is left out when the article has an error, and kept when it has only warnings', () => {
    const broken = source.replace('value: 210', 'value: two hundred and ten');
    const check = checkArticle(broken, options);
    expect(check.problems.some((problem) => problem.severity === 'error')).toBe(true);
    expect(check.entry).toBeUndefined();
    const seed = checkArticle(source, options);
    expect(seed.problems.length).toBeGreaterThan(0);
    expect(seed.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(seed.entry).toBeDefined();
  });
});
