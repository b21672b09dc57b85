/**
 * The fast frontmatter reading is only a shortcut: wherever it answers, it must answer what
 * `yaml` (the reference) answers, and the check must come out the same either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { articleFileText, readSeedArticle, syntheticArticle } from '../../bench/generateCorpus.ts';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { locateField, type FieldPath } from '../../src/check/locateField.ts';
import { readFrontmatterFast } from '../../src/check/readFrontmatterFast.ts';
import { splitFrontmatter } from '../../src/check/splitFrontmatter.ts';

/** Every article file the project has (the seed and the fixtures, broken ones included) and 150 generated ones. */
function articles(): [name: string, text: string][] {
  const files = ['content/articles', ...readdirSync('tests/fixtures').map((name) => join('tests/fixtures', name))]
    .flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)))
    .filter((file) => file.endsWith('.mdx'));
  const seed = readSeedArticle();
  const generated = Array.from({ length: 150 }, (_, index) => syntheticArticle(seed, index + 1));
  return [
    ...files.map((file): [string, string] => [file, readFileSync(file, 'utf8')]),
    ...generated.map((article): [string, string] => [article.slug, articleFileText(article)]),
  ];
}

function frontmatterOf(text: string): string | undefined {
  const split = splitFrontmatter(text);
  return split.ok ? split.article.yaml : undefined;
}

function yamlDocument(yaml: string) {
  return parseDocument(yaml, { lineCounter: new LineCounter(), uniqueKeys: false, prettyErrors: false });
}

/** Every field path written in a document: map keys and list items, at every depth. */
function fieldPaths(node: unknown, prefix: FieldPath = []): FieldPath[] {
  if (isMap(node)) {
    return node.items.flatMap((pair) => {
      if (!isScalar(pair.key)) return [];
      const path = [...prefix, String(pair.key.value)];
      return [path, ...fieldPaths(pair.value, path)];
    });
  }
  if (isSeq(node))
    return node.items.flatMap((item, index) => [[...prefix, index], ...fieldPaths(item, [...prefix, index])]);
  return [];
}

describe('readFrontmatterFast', () => {
  const all = articles();

  it("reads every article it accepts into yaml's data, and places every field where yaml does", () => {
    let accepted = 0;
    let placed = 0;
    for (const [name, text] of all) {
      const yaml = frontmatterOf(text);
      if (yaml === undefined) continue;
      const document = yamlDocument(yaml);
      const fast = readFrontmatterFast(yaml);
      if (document.errors.length > 0) {
        expect(fast, `${name}: yaml finds an error`).toBeUndefined();
        continue;
      }
      if (!fast) continue;
      accepted += 1;
      expect(fast.data, name).toEqual(document.toJS({ maxAliasCount: 100 }));
      for (const path of fieldPaths(document.contents)) {
        for (const where of ['key', 'value'] as const) {
          const offset = fast.locate(path, where);
          if (offset === undefined) continue;
          placed += 1;
          expect(offset, `${name}: ${path.join('.')} (${where})`).toBe(locateField(document, path, where).offset);
        }
      }
    }
    // The seed, the valid fixtures and every generated article.
    expect(accepted).toBeGreaterThanOrEqual(160);
    expect(placed).toBeGreaterThan(accepted * 100);
  });

  it.each([
    ['-.5', -0.5],
    ['.5', 0.5],
    ['0b101', '0b101'],
    ['+0x1', '+0x1'],
    ['0x1F', 31],
    ['0o14', 12],
    ['012', 12],
    ['1e3', 1000],
    ['1e400', Infinity],
    ['-.Inf', -Infinity],
    ['.NaN', NaN],
    ['1_000', '1_000'],
    ['~', null],
    ['', null],
    ['Null', null],
    ['TRUE', true],
    ['yes', 'yes'],
    ['2024-10-01', '2024-10-01'],
    ['"12"', '12'],
  ])('reads the plain scalar `%s` as yaml does (%s)', (written, expected) => {
    const yaml = `value: ${written}\n`;
    expect(yamlDocument(yaml).toJS()).toEqual({ value: expected });
    expect(readFrontmatterFast(yaml)?.data).toEqual({ value: expected });
  });

  it.each([
    ['a syntax error', 'title: "never closed\n'],
    ['a key written twice', 'title: A\ntitle: B\n'],
    ['a key written twice in a flow mapping', 'figures: {a: 1, a: 2}\n'],
    ['a tag', 'title: !!str 12\n'],
    ['an anchor and an alias', 'dek: &d Text\ntitle: *d\n'],
    ['an explicit key', '? title\n: A\n'],
    ['a number as a key', '2024: A\n'],
    ['a reserved name', 'figures:\n  constructor:\n    value: 1\n'],
    ['__proto__', '__proto__: 1\n'],
    ['a flow entry with no value', 'tags: {a, b}\n'],
    ['a list, not fields', '- title\n'],
    ['text, not fields', 'just a sentence\n'],
  ])('declines %s, for yaml to read and word', (_, yaml) => {
    expect(readFrontmatterFast(yaml)).toBeUndefined();
  });

  it('places nothing it cannot place exactly: an empty value, a missing field', () => {
    const yaml = 'title:\nfigures:\n  a:\n    value: 1\n';
    const fast = readFrontmatterFast(yaml);
    expect(fast?.locate(['title'], 'value')).toBeUndefined();
    expect(fast?.locate(['figures', 'b'], 'key')).toBeUndefined();
    expect(fast?.locate(['figures', 'a'], 'key')).toBe(yaml.indexOf('a:'));
    expect(fast?.locate(['figures', 'a', 'value'], 'value')).toBe(yaml.indexOf('1'));
  });
});

describe('checkArticle with the fast reading', () => {
  it('gives the same result as reading the frontmatter with yaml alone, for every article', () => {
    const all = articles();
    let withErrors = 0;
    for (const [name, text] of all) {
      const options = { file: name, locale: 'en-GB' };
      const check = checkArticle(text, options);
      if (check.problems.some((problem) => problem.severity === 'error')) withErrors += 1;
      expect(check, name).toEqual(checkArticle(text, { ...options, reader: 'yaml' }));
    }
    // Both paths are exercised: clean articles and broken fixtures.
    expect(withErrors).toBeGreaterThanOrEqual(20);
    expect(all.length - withErrors).toBeGreaterThanOrEqual(150);
  });
});
