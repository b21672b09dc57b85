/**
 * Text is clean text: what the checker lets through and what it refuses, beyond the one-attack
 * files of the hostile corpus (`hostileCorpus.test.ts`): the characters some writing needs, line
 * endings, NFC, the UTF-8 decoder's edges, the limits a site owner raises, and the same verdict on
 * a file whatever else is in the run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { checkContent } from '../../src/check/checkContent.ts';
import { escapeForTerminal, formatProblem } from '../../src/check/CheckProblem.ts';
import { decodeUtf8, firstInvalidByte } from '../../src/check/decodeUtf8.ts';
import { findForbiddenCharacters } from '../../src/check/findForbiddenCharacters.ts';
import { siteConfig } from '../../src/siteConfig.ts';

function article({ title = 'Storm-Z', section = 'Security', tags = '[]', body = 'No numbers yet.' } = {}): string {
  return `---\ntitle: ${title}\ndek: The quota.\nsection: ${section}\ntags: ${tags}\npublished: 2024-10\n---\n\n${body}\n`;
}

const check = (source: string, limits = siteConfig.limits) =>
  checkArticle(source, { file: 'x.mdx', locale: 'en-GB', limits });
const errors = (source: string, limits = siteConfig.limits) =>
  check(source, limits)
    .problems.filter((problem) => problem.severity === 'error')
    .map(({ line, column, field, message }) => ({ line, column, field, message }));

describe('characters that are not text', () => {
  it.each([
    ['a family emoji (joined by U+200D)', '👨\u200d👩\u200d👧'],
    ['a heart on fire (a variation selector, then U+200D)', '❤\ufe0f\u200d🔥'],
    ['Persian with a zero-width non-joiner', 'می\u200cخواهم'],
    ['Devanagari with a zero-width joiner', 'क्\u200dष'],
    ['right-to-left marks', 'Hebrew \u200fשלום\u200f here'],
    ['a soft hyphen', 'mobi\u00adlization'],
  ])('accepts %s', (_, text) => {
    expect(findForbiddenCharacters(text, 'field')).toEqual([]);
    expect(errors(article({ title: `"${text}"`, body: text }))).toEqual([]);
  });

  it.each([
    ['a joiner inside a Latin word', 'ad\u200dmin', 2, 'U+200D (ZERO WIDTH JOINER)'],
    ['a non-joiner at the end', 'admin\u200c', 5, 'U+200C (ZERO WIDTH NON-JOINER)'],
    ['a byte-order mark inside the text', 'Storm\ufeffZ', 5, 'U+FEFF (ZERO WIDTH NO-BREAK SPACE, a byte-order mark)'],
    ['a word joiner', 'Storm\u2060Z', 5, 'U+2060 (WORD JOINER)'],
    ['a C1 control', 'Storm\u0085Z', 5, 'U+0085 (NEXT LINE)'],
    ['a delete', 'Storm\u007fZ', 5, 'U+007F (DELETE)'],
    ['a tab in a field', 'Storm\tZ', 5, 'U+0009 (TAB)'],
    ['a left-to-right embedding', '\u202aStorm', 0, 'U+202A (LEFT-TO-RIGHT EMBEDDING)'],
  ])('refuses %s, naming the code point', (_, text, index, named) => {
    expect(findForbiddenCharacters(text, 'field')).toEqual([
      { index, message: expect.stringMatching(`^${named.replace(/[()+]/g, '\\$&')} `) },
    ]);
  });

  it('lets the body hold tabs and Windows line endings, and no lone carriage return', () => {
    expect(findForbiddenCharacters('a\tb\r\nc', 'body')).toEqual([]);
    expect(findForbiddenCharacters('a\rb', 'body')).toEqual([
      { index: 1, message: expect.stringMatching(/^U\+000D \(CARRIAGE RETURN\) is a control character/) },
    ]);
    expect(errors(article({ body: 'Tabbed\ttext.\r\nNext line.' }).replaceAll('\n', '\r\n'))).toEqual([]);
  });

  it('reports one character per line of the body, at its column', () => {
    expect(errors(article({ body: 'One \u0007 and \u0007.\nTwo \u001b.' }))).toEqual([
      { line: 9, column: 5, field: 'body', message: 'U+0007 (BELL) is a control character, not text: delete it' },
      { line: 10, column: 5, field: 'body', message: 'U+001B (ESCAPE) is a control character, not text: delete it' },
    ]);
  });
});

describe('the frontmatter', () => {
  it('reads brackets inside text as text, however many, and refuses flow lists nested too deep', () => {
    const note =
      'timeline:\n' +
      Array.from({ length: 20 }, () => '  - date: 2024\n    text: Section [1 of the [draft]] [sic').join('\n');
    expect(errors(article().replace('published:', `${note}\npublished:`))).toEqual([]);
    expect(errors(article({ tags: `${'['.repeat(17)}x${']'.repeat(17)}` }))).toEqual([
      {
        line: 5,
        column: 1,
        field: 'frontmatter',
        message: 'too deep: the frontmatter nests more than 16 levels here; no field is that deep',
      },
    ]);
  });
});

describe('NFC', () => {
  it('reads a title and a body written in NFD as the same text in NFC', () => {
    const nfd = 'Cafe\u0301 na\u0131\u0308ve';
    const result = check(article({ title: nfd, body: nfd }));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.article!.title).toBe(nfd.normalize('NFC'));
    expect(result.entry!.body).toBe(nfd.normalize('NFC'));
  });
});

describe('decoding UTF-8', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it.each([
    ['Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9), 3],
    ['a continuation byte on its own', bytes(0x61, 0x80), 1],
    ['an overlong slash', bytes(0x61, 0xc0, 0xaf), 1],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['an encoded surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
  ])('finds the first bad byte of %s', (_, input, index) => {
    expect(firstInvalidByte(input)).toBe(index);
    expect(decodeUtf8(input).ok).toBe(false);
  });

  it('accepts every valid length of sequence, and keeps a byte-order mark for the checker to report', () => {
    const text = '\ufeffa é € 🎉';
    expect(decodeUtf8(new TextEncoder().encode(text))).toEqual({ ok: true, text });
  });

  it('places the first bad byte at its line and column in characters', () => {
    const input = new Uint8Array([...new TextEncoder().encode('---\ntitle: Café '), 0xe9, 0x0a]);
    expect(decodeUtf8(input)).toMatchObject({ ok: false, line: 2, column: 13 });
  });
});

describe('printing a problem', () => {
  it('quotes at most 200 characters of a field name or a value', () => {
    const name = 'x'.repeat(1_000);
    const [problem] = errors(article().replace('published:', `${name}: 1\npublished:`));
    expect(problem).toEqual({
      line: 6,
      column: 1,
      field: `${'x'.repeat(200)}…`,
      message: `unknown field "${'x'.repeat(200)}…" (EDITING.md lists every field)`,
    });
  });

  it('escapes what a terminal would act on or hide, in the message, the field and the file', () => {
    const line = formatProblem({
      file: 'x\u001b]0;t\u0007.mdx',
      line: 1,
      column: 1,
      field: '\u202efield',
      message: 'unknown field "\u001b[2J\u200b\ud800"',
      severity: 'error',
    });
    expect(line).toBe('x\\u{1B}]0;t\\u{7}.mdx:1:1  \\u{202E}field  unknown field "\\u{1B}[2J\\u{200B}\\u{D800}"');
    expect(escapeForTerminal('Café, 🎉, “quotes”')).toBe('Café, 🎉, “quotes”');
  });
});

describe('limits a site owner can raise', () => {
  const tags = `[${Array.from({ length: 25 }, (_, index) => `t${index}`).join(', ')}]`;

  it('refuses more tags than siteConfig.limits.tagsPerArticle, and takes them once it is raised', () => {
    expect(errors(article({ tags }))).toEqual([
      {
        line: 5,
        column: 1,
        field: 'tags',
        message: 'too many tags: 25, at most 20 (siteConfig.limits.tagsPerArticle in src/siteConfig.ts)',
      },
    ]);
    expect(errors(article({ tags }), { ...siteConfig.limits, tagsPerArticle: 30 })).toEqual([]);
  });

  it('refuses a body over siteConfig.limits.bodyBytes at its first line', () => {
    const body = 'Word '.repeat(300);
    expect(errors(article({ body }), { ...siteConfig.limits, bodyBytes: 1_000 })).toEqual([
      {
        line: 8,
        column: 1,
        field: 'body',
        message: 'too long: the text is 1,502 bytes, at most 1,000 (siteConfig.limits.bodyBytes in src/siteConfig.ts)',
      },
    ]);
  });

  describe('sections across the folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-sections-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    for (const [name, section] of [
      ['a.mdx', 'Security'],
      ['b.mdx', 'Economy'],
      ['c.mdx', 'security'],
      ['d.mdx', 'Culture'],
    ]) {
      writeFileSync(join(folder, name!), article({ section }));
    }

    it('keeps the first sections by file name and refuses a file that opens one past the limit', () => {
      const result = checkContent({
        directory: folder,
        locale: 'en-GB',
        limits: { ...siteConfig.limits, sections: 2 },
      });
      expect(
        result.problems.map(({ file, line, column, field, message }) => ({
          file: file.split('/').at(-1),
          line,
          column,
          field,
          message,
        })),
      ).toEqual([
        {
          file: 'd.mdx',
          line: 4,
          column: 10,
          field: 'section',
          message:
            'the site already has 2 sections, its limit (siteConfig.limits.sections in src/siteConfig.ts): file the article under one of them',
        },
      ]);
      expect([...result.resolved.keys()]).toEqual(['a.mdx', 'b.mdx', 'c.mdx']);
      expect(checkContent({ directory: folder, locale: 'en-GB' }).errors).toBe(0);
    });
  });
});

describe('one verdict per file', () => {
  it('gives a file the same problems alone and beside pathological files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-verdict-'));
    try {
      const broken = article({ title: '"Storm\\0Z"', body: '{process.exit(1)}' });
      writeFileSync(join(folder, 'broken.mdx'), broken);
      const alone = checkContent({ directory: folder, locale: 'en-GB' }).problems;
      writeFileSync(join(folder, 'a-deep.mdx'), article({ body: `${'>'.repeat(5_000)} deep` }));
      writeFileSync(join(folder, 'c-huge.mdx'), article({ body: '1 '.repeat(600_000) }));
      writeFileSync(join(folder, 'd-latin1.mdx'), Buffer.from(article({ title: 'Café' }), 'latin1'));
      const together = checkContent({ directory: folder, locale: 'en-GB' }).problems;
      expect(together.filter((problem) => problem.file.endsWith('broken.mdx'))).toEqual(alone);
      expect(new Set(together.map((problem) => problem.file.split('/').at(-1)))).toEqual(
        new Set(['a-deep.mdx', 'broken.mdx', 'c-huge.mdx', 'd-latin1.mdx']),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
