/**
 * The hostile corpus (`tests/fixtures/hostile/corpus/`, one attack per file, and a 2 MB body of
 * numbers made here), checked in one run of `npm run check`: every file is reported with its line,
 * column, field and a message an editor can act on; no stack trace; exit status 1. What an editor
 * sees for each attack is the table below, as printed (control characters escaped).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { runScript, type ScriptRun } from '../support/runScript.ts';

const CORPUS = 'tests/fixtures/hostile/corpus';
const CAFE_NFC = 'café-twin.mdx'.normalize('NFC');
const CAFE_NFD = 'café-twin.mdx'.normalize('NFD');

const CODE = 'is code, which an article cannot run';
const BRACE = 'to show a brace, write \\{';
const NOT_WEB = 'expected a web address starting https:// or http://, or a path on this site starting /';
const REORDERS =
  'shows text in another order than it is written, so readers would not see what the article says: delete it';
const INVISIBLE = 'is invisible: delete it (it hides inside words, where search and readers cannot see it)';
const TOO_DEEP = 'too deep: lists, quotes and elements are nested more than 64 levels here; flatten them';
const NOT_ALLOWED = 'is not allowed in an article';
const NO_IMPORT =
  'import and export lines are code, which an article cannot run: <Fig>, <FactBox> and <Chart> need no import';
const TWINS = '(the two names differ only in capitals or in how an accent is stored): rename one of the files';
const CONTROL = 'is a control character, not text: delete it';
const NO_WORD = 'has no letter or digit to make a web address from: add a word';

/** A body of numbers twice the default limit on a body's size, as in the report that found the crash. */
const NUMBERS_FILE = 'long-body-of-numbers.mdx';
const NUMBERS = `---
title: Numbers
dek: Megabytes of them.
section: Security
published: 2024-10
---

${'12,345 67.5 89% '.repeat(131_072)}
`;

/** Every error the run prints: file (in the corpus), line, column, field, message. */
const EXPECTED: [file: string, line: number, column: number, field: string, message: string][] = [
  [
    '..mdx',
    1,
    1,
    'file',
    'the file name "..mdx" makes no web address: name the file with letters or digits, such as my-article.mdx',
  ],
  ['attribute-expression-in-allowed-element.mdx', 18, 5, 'body', `title={…} ${CODE}: write title="…"`],
  ['attribute-expression.mdx', 16, 14, 'body', '<Fig>\'s id must be written in quotes, id="…", not as an expression'],
  ['attribute-spread.mdx', 16, 14, 'body', `{...process.env} ${CODE}: write each attribute as name="…"`],
  ['bidi-isolate-in-body.mdx', 18, 15, 'body', `U+2067 (RIGHT-TO-LEFT ISOLATE) ${REORDERS}`],
  ['bidi-override-in-title.mdx', 2, 13, 'title', `U+202E (RIGHT-TO-LEFT OVERRIDE) ${REORDERS}`],
  ['body-export.mdx', 18, 1, 'body', NO_IMPORT],
  ['body-expression-exits.mdx', 18, 1, 'body', `{process.exit(9)} ${CODE}: ${BRACE}`],
  ['body-expression-hangs.mdx', 18, 1, 'body', `{(() => { for (;;) {} })()} ${CODE}: ${BRACE}`],
  [
    'body-expression-leaks-the-environment.mdx',
    18,
    16,
    'body',
    `{Object.keys(process.env).join(", ")} ${CODE}: ${BRACE}`,
  ],
  [
    'body-expression-leaks-the-environment.mdx',
    18,
    57,
    'body',
    `{process.getBuiltinModule("node:os").hostname()} ${CODE}: ${BRACE}`,
  ],
  ['body-expression-throws.mdx', 18, 1, 'body', `{(() => { throw new Error("boom") })()} ${CODE}: ${BRACE}`],
  [
    'body-expression-writes-a-file.mdx',
    18,
    1,
    'body',
    `{process.getBuiltinModule("node:fs").writeFileSync("/tmp/tally-pwned", "x")} ${CODE}: ${BRACE}`,
  ],
  ['body-import.mdx', 18, 1, 'body', NO_IMPORT],
  [CAFE_NFC, 1, 1, 'file', `the slug "café-twin" is already used by café-twin.mdx ${TWINS}`],
  ['case-twin.mdx', 1, 1, 'file', `the slug "case-twin" is already used by Case-Twin.mdx ${TWINS}`],
  [
    'character-reference-bidi-in-body.mdx',
    18,
    1,
    'body',
    `U+202E (RIGHT-TO-LEFT OVERRIDE) ${REORDERS} (written here as a character reference, &…;)`,
  ],
  ['control-bell-in-body.mdx', 18, 8, 'body', `U+0007 (BELL) ${CONTROL}`],
  ['control-nul-in-title.mdx', 2, 18, 'title', `U+0000 (NULL) ${CONTROL}`],
  [
    'control-vertical-tab-in-dek.mdx',
    3,
    29,
    'dek',
    `U+000B (VERTICAL TAB) ${CONTROL} (word processors paste it for a line or page break)`,
  ],
  ['deep-elements.mdx', 18, 1, 'body', TOO_DEEP],
  [
    'deep-formula.mdx',
    17,
    14,
    'facts.sum.formula',
    'too deep: parentheses and minus signs are nested 100 levels in this formula, at most 32',
  ],
  [
    'deep-frontmatter.mdx',
    2,
    1,
    'frontmatter',
    'too deep: the frontmatter nests more than 16 levels here; no field is that deep',
  ],
  ['deep-list.mdx', 146, 1, 'body', TOO_DEEP],
  ['deep-quote.mdx', 18, 1, 'body', TOO_DEEP],
  ['element-base.mdx', 18, 1, 'body', `<base> ${NOT_ALLOWED}: it changes where every link on the page goes`],
  [
    'element-div.mdx',
    18,
    1,
    'body',
    `<div> ${NOT_ALLOWED}: the HTML an article may use is abbr, b, bdi, br, cite, code, del, dfn, em, i, ins, kbd, mark, q, s, samp, small, strong, sub, sup, time, u, var, wbr`,
  ],
  ['element-embed.mdx', 18, 1, 'body', `<embed> ${NOT_ALLOWED}: it embeds another page or a plug-in`],
  ['element-form.mdx', 18, 1, 'body', `<form> ${NOT_ALLOWED}: it sends what readers type to another address`],
  ['element-iframe-srcdoc.mdx', 18, 1, 'body', `<iframe> ${NOT_ALLOWED}: it embeds another page`],
  ['element-img-onerror.mdx', 18, 1, 'body', `<img> ${NOT_ALLOWED}: write an image as ![what it shows](https://…)`],
  [
    'element-link-stylesheet.mdx',
    18,
    1,
    'body',
    `<link> ${NOT_ALLOWED}: it loads files from other sites into the page`,
  ],
  ['element-meta-refresh.mdx', 18, 1, 'body', `<meta> ${NOT_ALLOWED}: it can send readers to another address`],
  ['element-object.mdx', 18, 1, 'body', `<object> ${NOT_ALLOWED}: it embeds another page or a plug-in`],
  ['element-script.mdx', 18, 1, 'body', `<script> ${NOT_ALLOWED}: it runs code`],
  ['element-style.mdx', 18, 1, 'body', `<style> ${NOT_ALLOWED}: it restyles the whole page`],
  ['element-svg-onload.mdx', 18, 1, 'body', `<svg> ${NOT_ALLOWED}: it can carry scripts and links`],
  [
    'event-handler-on-allowed-element.mdx',
    18,
    5,
    'body',
    'onMouseOver is an event handler, which runs code: remove it',
  ],
  [
    'image-data-uri.mdx',
    18,
    1,
    'body',
    `the image target "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" is refused: ${NOT_WEB}`,
  ],
  [
    'latin1-file.mdx',
    2,
    11,
    'file',
    'the file is not UTF-8 text: byte 0xE9 here is not UTF-8 (it may have been saved as Latin-1 or Windows-1252); save it as UTF-8',
  ],
  [
    'link-javascript-disguised.mdx',
    18,
    6,
    'body',
    `the link target "JaVa\\u{9}ScRiPt:alert(1)" is refused: ${NOT_WEB}`,
  ],
  ['link-javascript.mdx', 18, 6, 'body', `the link target "javascript:alert(document.cookie)" is refused: ${NOT_WEB}`],
  ['link-reference-javascript.mdx', 20, 1, 'body', `the link target "javascript:alert(1)" is refused: ${NOT_WEB}`],
  [
    'link-with-credentials.mdx',
    18,
    6,
    'body',
    'the link target "https://editor:hunter2@cms.example.org/draft" is refused: the address holds a user name or password, which would be published: remove the part before @',
  ],
  [
    'lone-surrogate-in-title.mdx',
    2,
    27,
    'title',
    'U+D800 is half of a character (a lone surrogate): delete it, or write the whole character',
  ],
  [
    NUMBERS_FILE,
    7,
    1,
    'body',
    'too long: the text is 2,097,154 bytes, at most 1,000,000 (siteConfig.limits.bodyBytes in src/siteConfig.ts)',
  ],
  ['long-formula.mdx', 17, 14, 'facts.sum.formula', 'too long: 7,997 characters, at most 500 in a formula'],
  ['long-title.mdx', 2, 8, 'title', 'too long: 5,000 characters, at most 2,000 in a field'],
  ['noncharacter-in-dek.mdx', 3, 24, 'dek', 'U+FFFF is not a character: delete it'],
  [
    'section-slug-too-long.mdx',
    4,
    10,
    'section',
    'too long for a web address: its address part "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is 300 bytes, at most 255',
  ],
  ['section-with-no-letters.mdx', 4, 10, 'section', `"!!!" ${NO_WORD}`],
  [
    'source-url-with-credentials.mdx',
    9,
    10,
    'sources.agency.url',
    'the address holds a user name or password, which would be published: remove the part before @',
  ],
  ['style-attribute-covers-the-page.mdx', 18, 3, 'body', '<mark> takes only lang: remove style'],
  [
    'symbolic-link.mdx',
    1,
    1,
    'file',
    'this article is a symbolic link, which the checker does not follow (it could point at any file on the machine): put the file itself in the folder',
  ],
  ['tag-that-is-only-an-emoji.mdx', 5, 8, 'tags.0', `"🎉" ${NO_WORD}`],
  [
    'terminal-escape-in-field-name.mdx',
    14,
    1,
    '\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{1B}[31mcolour',
    'unknown field "\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{1B}[31mcolour" (EDITING.md lists every field)',
  ],
  ['terminal-escape-in-title.mdx', 2, 9, 'title', `U+001B (ESCAPE) ${CONTROL}`],
  [
    'too-many-tags.mdx',
    5,
    1,
    'tags',
    'too many tags: 5,000, at most 20 (siteConfig.limits.tagsPerArticle in src/siteConfig.ts)',
  ],
  ['unknown-component.mdx', 18, 1, 'body', '<Evil> is not a Tally component: use <Fig>, <FactBox>, <Chart> or <Claim>'],
  [
    'upper-case-extension.MDX',
    1,
    1,
    'file',
    'the extension .MDX is not read: rename the file to upper-case-extension.mdx',
  ],
  ['zero-width-in-tag.mdx', 5, 12, 'tags.0', `U+200B (ZERO WIDTH SPACE) ${INVISIBLE}`],
  ['zero-width-joiner-in-word.mdx', 18, 7, 'body', `U+200D (ZERO WIDTH JOINER) ${INVISIBLE}`],
];

let folder: string;
let run: ScriptRun;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tally-hostile-'));
  // `verbatimSymlinks`: the link is copied as a link, as a checkout has it.
  cpSync(CORPUS, folder, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(folder, NUMBERS_FILE), NUMBERS);
  run = runScript('check.ts', [folder]);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The printed lines as [file, line, column, field, message]. */
function printedProblems(stdout: string) {
  const prefix = `${relative(process.cwd(), folder)}/`;
  return stdout
    .trimEnd()
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const match = /^(.+?):(\d+):(\d+) {2}(\S+) {2}(.*)$/.exec(line);
      if (!match || !match[1]!.startsWith(prefix)) throw new Error(`not a problem line: ${line}`);
      return [match[1]!.slice(prefix.length), Number(match[2]), Number(match[3]), match[4]!, match[5]!] as const;
    });
}

describe('the hostile corpus, checked in one run', () => {
  it('has at least 40 attacks, one per file', () => {
    expect(readdirSync(CORPUS).length).toBeGreaterThanOrEqual(40);
  });

  it('fails with exit status 1, prints no stack trace and nothing on stderr', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(run.stdout).not.toMatch(/RangeError|TypeError|Maximum call stack/);
  });

  it('reports every attack with its file, line, column, field and message', () => {
    const errors = printedProblems(run.stdout).filter(([, , , , message]) => !message.startsWith('warning: '));
    expect(errors).toEqual(EXPECTED);
  });

  it('reports every file of the folder, whatever the others hold', () => {
    const reported = new Set(printedProblems(run.stdout).map(([file]) => file));
    // The first file of each pair of twins is a valid article; the second is the one reported.
    const firstTwins = [CAFE_NFD, 'Case-Twin.mdx'];
    const files = readdirSync(folder).filter((name) => !firstTwins.includes(name));
    expect([...reported].sort()).toEqual(files.sort());
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^Checked ${files.length + 2} articles: ${EXPECTED.length} errors, \\d+ warnings?\\. \\(\\d+ ms\\)$`),
    );
  });

  it('never prints a control character, bidi control or invisible character it was given', () => {
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(run.stdout).toContain('\\u{1B}[2J');
  });
});

describe('a 2 MB body of numbers', () => {
  // Its time is measured by `npm run bench:engine` (bench/checkLongBody.bench.ts), not asserted here.
  it('is checked with the body limit raised, with the numbers past 100 counted, not listed', () => {
    const check = checkArticle(NUMBERS, {
      file: NUMBERS_FILE,
      locale: 'en-GB',
      limits: { tagsPerArticle: 20, sections: 50, bodyBytes: 4_000_000 },
    });
    expect(check.problems).toHaveLength(101);
    expect(check.problems.at(-1)).toMatchObject({
      field: 'body',
      severity: 'warning',
      message: '393,116 more numbers in the text are not bound to a figure; only the first 100 are listed',
    });
  });
});
