/**
 * The body is prose and Tally components: the checker reports code, refused elements and
 * attributes, and refused link targets at their line and column, and accepts what is allowed.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';

const FRONTMATTER = `---
title: Storm-Z
dek: The quota.
section: Security
published: 2024-10
sources:
  istories:
    publisher: iStories
figures:
  perFacility:
    value: 100
    source: istories
---
`;
/** The body's first line is this line of the file. */
const BODY_LINE = FRONTMATTER.split('\n').length;

function bodyErrors(body: string) {
  return checkArticle(`${FRONTMATTER}${body}`, { file: 'x.mdx', locale: 'en-GB' })
    .problems.filter((problem) => problem.severity === 'error')
    .map(({ line, column, field, message }) => ({ line: line - BODY_LINE + 1, column, field, message }));
}

const CODE = 'is code, which an article cannot run';

describe('the body holds no code', () => {
  it.each([
    ['an expression', 'Text {process.exit(9)} here.', 1, 6, `{process.exit(9)} ${CODE}: to show a brace, write \\{`],
    [
      'an expression on its own line',
      'Text.\n\n{(() => { for (;;) {} })()}',
      3,
      1,
      `{(() => { for (;;) {} })()} ${CODE}: to show a brace, write \\{`,
    ],
    [
      'an import',
      'import fs from "node:fs"\n\nText <Fig id="perFacility" />.',
      1,
      1,
      `import and export lines are code, which an article cannot run: <Fig>, <FactBox> and <Chart> need no import`,
    ],
    [
      'an export',
      'Text <Fig id="perFacility" />.\n\nexport const x = process.env',
      3,
      1,
      `import and export lines are code, which an article cannot run: <Fig>, <FactBox> and <Chart> need no import`,
    ],
    [
      'a spread attribute',
      'See <Fig id="perFacility" {...globalThis} />.',
      1,
      5,
      `{...globalThis} ${CODE}: write each attribute as name="…"`,
    ],
    [
      'an expression attribute on HTML',
      'The <abbr title={process.env.HOME}>UN</abbr> and <Fig id="perFacility" />.',
      1,
      5,
      `title={…} ${CODE}: write title="…"`,
    ],
    [
      'an expression inside a component',
      '<Fig id="perFacility">{process.exit(1)}</Fig>',
      1,
      23,
      `{process.exit(1)} ${CODE}: to show a brace, write \\{`,
    ],
  ])('reports %s', (_, body, line, column, message) => {
    expect(bodyErrors(body)).toContainEqual({ line, column, field: 'body', message });
  });

  it('quotes at most 200 characters of a long expression', () => {
    const [problem] = bodyErrors(`<Fig id="perFacility" /> {${'x'.repeat(5_000)}}`);
    expect(problem!.message).toBe(`{${'x'.repeat(200)}…} ${CODE}: to show a brace, write \\{`);
  });
});

describe('the body holds only Tally components and harmless HTML', () => {
  it.each([
    ['script', '<script>alert(1)</script>', '<script> is not allowed in an article: it runs code'],
    [
      'style',
      '<style>{"body{display:none}"}</style>',
      '<style> is not allowed in an article: it restyles the whole page',
    ],
    ['iframe', '<iframe srcdoc="x" />', '<iframe> is not allowed in an article: it embeds another page'],
    ['object', '<object data="x" />', '<object> is not allowed in an article: it embeds another page or a plug-in'],
    ['embed', '<embed src="x" />', '<embed> is not allowed in an article: it embeds another page or a plug-in'],
    [
      'form',
      '<form action="https://evil.example" />',
      '<form> is not allowed in an article: it sends what readers type to another address',
    ],
    [
      'meta',
      '<meta httpEquiv="refresh" content="0;url=https://evil.example" />',
      '<meta> is not allowed in an article: it can send readers to another address',
    ],
    [
      'base',
      '<base href="https://evil.example/" />',
      '<base> is not allowed in an article: it changes where every link on the page goes',
    ],
    [
      'link',
      '<link rel="stylesheet" href="https://evil.example/x.css" />',
      '<link> is not allowed in an article: it loads files from other sites into the page',
    ],
    ['img', '<img src="x" />', '<img> is not allowed in an article: write an image as ![what it shows](https://…)'],
    ['a', '<a href="https://example.org">x</a>', '<a> is not allowed in an article: write a link as [text](https://…)'],
    [
      'div',
      '<div>x</div>',
      expect.stringMatching(/^<div> is not allowed in an article: the HTML an article may use is abbr, b, .*, wbr$/),
    ],
    ['an empty tag', '<>x</>', 'an empty tag <>…</> is not allowed: remove it and keep what is inside'],
    ['an unknown component', '<Evil />', '<Evil> is not a Tally component: use <Fig>, <FactBox>, <Chart> or <Claim>'],
  ])('reports <%s>', (_, element, message) => {
    expect(bodyErrors(`Text <Fig id="perFacility" />.\n\n${element}`)).toEqual([
      { line: 3, column: 1, field: 'body', message },
    ]);
  });

  it.each([
    [
      'an event handler',
      '<abbr title="t" onclick="alert(1)">x</abbr>',
      'onclick is an event handler, which runs code: remove it',
    ],
    [
      'an event handler in capitals',
      '<mark onMouseOver="alert(1)">x</mark>',
      'onMouseOver is an event handler, which runs code: remove it',
    ],
    ['a style', '<abbr style="position:fixed;inset:0">x</abbr>', '<abbr> takes only title or lang: remove style'],
    ['an attribute on an element that takes none', '<sup class="x">2</sup>', '<sup> takes only lang: remove class'],
    ['a second attribute on a component', '<Fig id="perFacility" title="x" />', '<Fig> takes only an id: remove title'],
    [
      'content inside a component',
      '<Fig id="perFacility">100</Fig>',
      '<Fig> takes nothing between its tags: write <Fig id="…" />',
    ],
  ])('reports %s', (_, element, message) => {
    expect(bodyErrors(`${element} <Fig id="perFacility" />`)).toEqual([{ line: 1, column: 1, field: 'body', message }]);
  });

  it('accepts the allowed HTML with its allowed attributes, and plain Markdown', () => {
    const body = [
      'The <abbr title="United Nations" lang="en">UN</abbr> counted CO<sub>2</sub> in m<sup>3</sup>,',
      '<mark>marked</mark>, <small>small</small>, <q>quoted</q>, <cite>Report</cite>, <em>em</em>, <strong>s</strong>',
      'and <time datetime="2024-10-02">2 October</time><br />with <Fig id="perFacility" />.',
      '',
      '- a [link](https://example.org/a?b=1), a [page of the site](/articles/x/) and [a note](#sources)',
      '- [mail](mailto:desk@example.org) and ![a chart](https://example.org/chart.png)',
      '',
      '> A quote with *emphasis* and `code {not an expression}`.',
      '',
      '```',
      '<script>in a code block is text</script> {neither is this}',
      '```',
    ].join('\n');
    expect(bodyErrors(body)).toEqual([]);
  });
});

describe('links and images follow the rules of a source url', () => {
  const refused = (target: string, kind: 'link' | 'image', problem: string) =>
    `the ${kind} target "${target}" is refused: ${problem}`;
  const NOT_WEB = 'expected a web address starting https:// or http://, or a path on this site starting /';

  it.each([
    ['[x](javascript:alert(1))', 1, 1, refused('javascript:alert(1)', 'link', NOT_WEB)],
    ['[x](JaVaScRiPt:alert(1))', 1, 1, refused('JaVaScRiPt:alert(1)', 'link', NOT_WEB)],
    ['[x](java&#x09;script:alert(1))', 1, 1, refused('java\tscript:alert(1)', 'link', NOT_WEB)],
    [
      '[x](data:text/html,<script>alert(1)</script>)',
      1,
      1,
      refused('data:text/html,<script>alert(1)</script>', 'link', NOT_WEB),
    ],
    ['![x](data:image/svg+xml,x)', 1, 1, refused('data:image/svg+xml,x', 'image', NOT_WEB)],
    ['![x](mailto:a@b.org)', 1, 1, refused('mailto:a@b.org', 'image', NOT_WEB)],
    ['[x](file:///etc/passwd)', 1, 1, refused('file:///etc/passwd', 'link', NOT_WEB)],
    [
      '[x](https://editor:hunter2@cms.example.org/draft)',
      1,
      1,
      refused(
        'https://editor:hunter2@cms.example.org/draft',
        'link',
        'the address holds a user name or password, which would be published: remove the part before @',
      ),
    ],
    ['[x][ref]\n\n[ref]: javascript:alert(1)', 3, 1, refused('javascript:alert(1)', 'link', NOT_WEB)],
  ])('reports %s', (body, line, column, message) => {
    expect(bodyErrors(`${body}\n\n<Fig id="perFacility" />`)).toEqual([{ line, column, field: 'body', message }]);
  });
});

describe('bodies the parser would take too long over', () => {
  it.each([
    [
      'more than 2,000 elements',
      '<mark>x</mark>\n\n'.repeat(2_001),
      4_001,
      'too many elements: more than 2,000 components and HTML elements in the text; split the article',
    ],
    [
      'more than 5,000 braces',
      `${'{1} '.repeat(4_000)}\n${'{1} '.repeat(1_001)}`,
      2,
      'too many braces: more than 5,000 { in the text, each of which starts code; write a literal brace as \\{',
    ],
    [
      'quotes nested 2,000 deep',
      `Fine.\n\n${'>'.repeat(2_000)} deep`,
      3,
      'too deep: lists, quotes and elements are nested more than 64 levels here; flatten them',
    ],
  ])('reports %s at the line where it passes the limit', (_, body, line, message) => {
    expect(bodyErrors(body)).toEqual([{ line, column: 1, field: 'body', message }]);
  });

  it('does not count what is in code: a code sample may hold any number of angle brackets and braces', () => {
    const sample = '```ts\n' + 'const list: Array<Map<string, { a: 1 }>> = [];\n'.repeat(3_000) + '```';
    const inline = 'Use `Array<string>` and `{ a }` here. '.repeat(3_000);
    expect(bodyErrors(`${sample}\n\n${inline}\n\n<Fig id="perFacility" />`)).toEqual([]);
  });

  it('reads escaped braces as text, not code', () => {
    expect(bodyErrors(`${'\\{ '.repeat(6_000)}<Fig id="perFacility" />`)).toEqual([]);
  });
});
