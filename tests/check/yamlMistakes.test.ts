/**
 * The YAML mistakes editors make, each planted in a clean article: the checker must give one
 * message, at the line and column where the mistake is written, naming the field and saying what
 * to do. Positions are derived from the article text: `^` in `at` marks the character the message
 * must point at.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';
import { articleInput } from '../support/articleInput.ts';

const FILE = 'content/articles/x.mdx';

/** `articleInput` with a timeline and every figure in the text: it checks with no problem at all. */
const CLEAN = `---
${stringify(
  articleInput({
    facts: {
      quota: {
        title: 'Facility quota',
        formula: 'perFacility * facilities',
        format: 'count',
        compareTo: 'unit',
        expect: 'differs',
      },
      perPerson: { title: 'Facilities per person', formula: 'facilities / unit', format: 'number' },
    },
    timeline: [{ date: '2024-10', text: 'The plan is published.', source: 'istories' }],
  }),
)}---

Each of <Fig id="facilities" /> facilities sends <Fig id="perFacility" /> people; the unit is <Fig id="unit" />.

<FactBox id="quota" />

<FactBox id="perPerson" />
`;

interface Mistake {
  name: string;
  /** Text of the clean article, and what the editor wrote instead. */
  replace: [string, string];
  /** Text around the reported position in the changed article, `^` at the position itself. */
  at: string;
  field: string;
  message: string;
  severity?: 'warning';
}

const MISTAKES: Mistake[] = [
  {
    name: 'an unquoted colon in the title',
    replace: ['title: Quotas and units', 'title: Russia: a New Wave of Mobilization'],
    at: 'title: ^Russia',
    field: 'title',
    message:
      'put the title in quotes: a colon followed by a space starts a new field (title: "Russia: a New Wave of Mobilization")',
  },
  {
    name: 'an unquoted colon in a nested field',
    replace: ['publisher: iStories', 'publisher: iStories: Important Stories'],
    at: 'publisher: ^iStories:',
    field: 'sources.istories.publisher',
    message:
      'put the publisher in quotes: a colon followed by a space starts a new field (publisher: "iStories: Important Stories")',
  },
  {
    name: 'a value ending with a colon',
    replace: ['dek: A test article.', 'dek: Quotas, explained:'],
    at: 'dek: ^Quotas',
    field: 'dek',
    message: 'put the dek in quotes: a colon followed by a space starts a new field (dek: "Quotas, explained:")',
  },
  {
    name: 'a tab used for indentation',
    replace: ['    value: 210', '\tvalue: 210'],
    at: '^\tvalue: 210',
    field: 'figures.facilities.value',
    message: 'a tab is used to indent this line: indent with spaces only (two for each level)',
  },
  {
    name: 'a tab after spaces',
    replace: ['    value: 210', '  \t  value: 210'],
    at: '  ^\t  value: 210',
    field: 'figures.facilities.value',
    message: 'a tab is used to indent this line: indent with spaces only (two for each level)',
  },
  {
    name: 'a field indented more than the one above it',
    replace: ['    format: count\n    unit: facilities', '    format: count\n     unit: facilities'],
    at: '     ^unit: facilities',
    field: 'figures.facilities.unit',
    message:
      'indented more than the line above, which already has a value: indent it 4 spaces, like the other fields of its group',
  },
  {
    name: 'the first field of a group indented by an odd step',
    replace: ['    value: 210', '   value: 210'],
    at: '   ^value: 210',
    field: 'figures.facilities.value',
    message: 'indented 3 spaces: the fields inside "facilities" are indented 4, 2 more than "facilities"',
  },
  {
    name: 'a group name between two levels',
    replace: ['  facilities:', '   facilities:'],
    at: '   ^facilities:',
    field: 'figures.facilities',
    message:
      'indented 3 spaces, which lines up with no line above it: indent it 2 spaces, or 4, like the other lines of its group',
  },
  {
    name: "a timeline entry's field out of line with its dash",
    replace: ['    text: The plan', '   text: The plan'],
    at: '   ^text: The plan',
    field: 'timeline.0.text',
    message:
      'indented 3 spaces, which lines up with no line above it: indent it 4 spaces, or 2, like the other lines of its group',
  },
  {
    name: 'a list item at the wrong level',
    replace: ['  - russia', '  - russia\n - prisons'],
    at: ' ^- prisons',
    field: 'tags.1',
    message:
      'indented 1 space, which lines up with no line above it: indent it 2 spaces, or 0, like the other lines of its group',
  },
  {
    name: 'an unclosed double quote',
    replace: ['dek: A test article.', 'dek: "A test article.'],
    at: 'dek: ^"A test',
    field: 'dek',
    message: 'this quote is never closed: end the dek with the same quote mark (") on the same line',
  },
  {
    name: 'an unclosed single quote',
    replace: ['dek: A test article.', "dek: 'A test article."],
    at: "dek: ^'A test",
    field: 'dek',
    message: "this quote is never closed: end the dek with the same quote mark (') on the same line",
  },
  {
    name: 'an apostrophe inside single quotes',
    replace: ['dek: A test article.', "dek: 'It's a test article.'"],
    at: "dek: ^'It's",
    field: 'dek',
    message:
      "the apostrophe closes the quote that the dek starts with: write it twice ('') or put the dek in double quotes (dek: \"It's a test article.\")",
  },
  {
    name: 'text after a closing quote',
    replace: ['dek: A test article.', 'dek: "Quotas" and units'],
    at: 'dek: ^"Quotas"',
    field: 'dek',
    message: 'the dek goes on after its closing quote: put all of it in quotes (dek: \'"Quotas" and units\')',
  },
  {
    name: 'an unclosed [',
    replace: ['tags:\n  - russia', 'tags: [russia, prisons'],
    at: 'tags: ^[russia',
    field: 'tags',
    message: 'this list opened with [ is never closed: end it with ] on the same line',
  },
  {
    name: 'an unclosed {',
    replace: ['    publisher: iStories', '    publisher: iStories\n    note: {draft'],
    at: 'note: ^{draft',
    field: 'sources.istories.note',
    message: 'this group opened with { is never closed: end it with } on the same line',
  },
  {
    name: 'a title starting with [',
    replace: ['title: Quotas and units', 'title: [Updated] Quotas and units'],
    at: 'title: ^[Updated]',
    field: 'title',
    message: 'a value starting with [ is read as a list: put the title in quotes (title: "[Updated] Quotas and units")',
  },
  {
    name: 'a value starting with @',
    replace: ['publisher: iStories', 'publisher: @istories'],
    at: 'publisher: ^@istories',
    field: 'sources.istories.publisher',
    message: 'a value cannot start with @ unquoted: put the publisher in quotes (publisher: "@istories")',
  },
  {
    name: 'a value starting with *',
    replace: ['title: Quotas and units', 'title: *Exclusive* quotas'],
    at: 'title: ^*Exclusive',
    field: 'title',
    message: 'a value cannot start with * unquoted: put the title in quotes (title: "*Exclusive* quotas")',
  },
  {
    name: 'a one-word value starting with *',
    replace: ['title: Quotas and units', 'title: *Exclusive'],
    at: 'title: ^*Exclusive',
    field: 'title',
    message: 'a value cannot start with * unquoted: put the title in quotes (title: "*Exclusive")',
  },
  {
    name: 'no space after a list dash',
    replace: ['  - russia', '  -russia'],
    at: 'tags:\n  ^-russia',
    field: 'tags',
    message: 'expected a list, found "-russia": put a space after the dash (- russia)',
  },
  {
    name: 'no space after the colon',
    replace: ['title: Quotas and units', 'title:Quotas and units'],
    at: 'title:^Quotas',
    field: 'title',
    message: 'put a space after the colon: title: Quotas and units',
  },
  {
    name: 'no space after the colon in a nested field',
    replace: ['    value: 210', '    value:210'],
    at: 'value:^210',
    field: 'figures.facilities.value',
    message: 'put a space after the colon: value: 210',
  },
  {
    name: 'a value on the line after its name',
    replace: ['section: Security', 'section:\nSecurity'],
    at: '^Security',
    field: 'section',
    message: 'write the value on the same line as its name (section: Security), or indent it under section',
  },
  {
    name: 'a line with no colon',
    replace: ['section: Security', 'section Security'],
    at: '^section Security',
    field: 'frontmatter',
    message: 'this line is not a field: write it as name: value, with a colon and a space after the name',
  },
  {
    name: 'a field written twice',
    replace: ['section: Security', 'section: Security\nsection: Politics'],
    at: '^section: Politics',
    field: 'section',
    message: '"section" is written twice in the frontmatter; ids and fields must be unique',
  },
  {
    name: 'a percentage written with %',
    replace: ['    value: 210', '    value: 21%'],
    at: 'value: ^21%',
    field: 'figures.facilities.value',
    message:
      'expected a number, found "21%": a percentage is written as a fraction, so write 0.21 (with format: percent)',
  },
  {
    name: 'compareTo naming a fact',
    replace: ['compareTo: unit', 'compareTo: perPerson'],
    at: 'compareTo: ^perPerson',
    field: 'facts.quota.compareTo',
    message:
      '"perPerson" is a computed fact; compareTo names a figure the article states, to check the computation against',
  },
  {
    name: 'a # cutting an unquoted value short',
    replace: ['title: Quotas and units', 'title: Quotas #1 in units'],
    at: 'title: Quotas ^#1',
    field: 'title',
    message:
      'the text from # on is a comment, left out of the title: put the title in quotes to keep it (title: "Quotas #1 in units")',
    severity: 'warning',
  },
  {
    name: 'a list item indented under the one above',
    replace: ['  - russia', '  - russia\n    - prisons'],
    at: '    ^- prisons',
    field: 'tags.0',
    message:
      'this list item is indented under the one above, so both are read as one item ("russia - prisons"): start every item of a list in the same column',
    severity: 'warning',
  },
];

/** 1-based line and column of the `^` in `at`, found in `text`. */
function position(text: string, at: string): { line: number; column: number } {
  const caret = at.indexOf('^');
  const found = text.indexOf(at.replace('^', ''));
  if (caret === -1 || found === -1) throw new Error(`"${at}" is not in the article`);
  const before = text.slice(0, found + caret).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('YAML mistakes', () => {
  it('start from an article with no problem at all', () => {
    expect(checkArticle(CLEAN, { file: FILE, locale: 'en-GB' }).problems).toEqual([]);
  });

  it.each(MISTAKES.map((mistake) => [mistake.name, mistake] as const))('%s', (_name, mistake) => {
    const [from, to] = mistake.replace;
    expect(CLEAN).toContain(from);
    const text = CLEAN.replace(from, to);
    const { line, column } = position(text, mistake.at);
    const expected = formatProblem({
      file: FILE,
      line,
      column,
      field: mistake.field,
      message: mistake.message,
      severity: mistake.severity ?? 'error',
    });
    const shown = checkArticle(text, { file: FILE, locale: 'en-GB' }).problems.map(formatProblem);
    expect(shown).toEqual([expected]);
  });
});
