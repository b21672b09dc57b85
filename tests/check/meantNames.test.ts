/**
 * A name that does not exist (a field, an id, a qualifier) is answered with the one the editor
 * most likely meant, and never with a guess that is far from it.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { closestNames, editDistance } from '../../src/facts/closestNames.ts';

describe('editDistance', () => {
  it.each([
    ['staff', 'staff', 0],
    ['staf', 'staff', 1],
    ['lable', 'label', 1],
    ['profit226', 'profit2026', 1],
    ['facilites', 'facilities', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('counts %s → %s as %i edits', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
    expect(editDistance(b, a)).toBe(edits);
  });

  it('stops at the limit it is given', () => {
    expect(editDistance('staf', 'buyback', 2)).toBe(2);
    expect(editDistance('kitten', 'sitting', 2)).toBe(2);
  });
});

describe('closestNames', () => {
  it.each([
    ['staf', ['profit2026', 'staff', 'buyback'], ['staff']],
    ['Kantar', ['results', 'kantar'], ['kantar']],
    ['profit226', ['profit2026', 'profit2025', 'guidance'], ['profit2026']],
    ['profit', ['profit2026', 'profit2025'], []],
    ['totl', ['perFacility', 'facilities', 'total'], ['total']],
    ['y', ['x'], []],
    ['ab', ['ac'], []],
    ['share1', ['share2', 'share3', 'share4'], ['share2', 'share3']],
  ])('reads %s among %j as %j', (name, known, meant) => {
    expect(closestNames(name, known)).toEqual(meant);
  });
});

const ARTICLE = (frontmatter: string) => `---
title: Grocers
dek: Market shares.
section: Business
published: 2026-04
sources:
  kantar:
    publisher: Kantar
${frontmatter}
---

Text.
`;

const messagesOf = (frontmatter: string) =>
  checkArticle(ARTICLE(frontmatter), { file: 'content/articles/x.mdx', locale: 'en-GB' })
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.field}  ${problem.message}`);

describe('the checker names what was meant', () => {
  it.each([
    [
      'a source dated with "date"',
      '    date: 2026-03\nfigures: {}',
      'sources.kantar.date  unknown field "date": did you mean "published" (when it was published) or "accessed" (when you read it)? (EDITING.md lists every field)',
    ],
    [
      'a figure dated with "date"',
      'figures:\n  share:\n    value: 0.285\n    format: percent\n    source: kantar\n    date: 2026-03',
      'figures.share.date  unknown field "date": did you mean "asOf" (the date the number describes)? (EDITING.md lists every field)',
    ],
    [
      'a fact given a value',
      'figures:\n  a:\n    value: 2\n    source: kantar\nfacts:\n  twice:\n    title: Twice\n    formula: a * 2\n    value: 4',
      'facts.twice.value  unknown field "value": did you mean "formula" (a fact is computed from a formula, never typed in)? (EDITING.md lists every field)',
    ],
    [
      'a misspelt label',
      'figures:\n  share:\n    value: 0.285\n    format: percent\n    source: kantar\n    lable: Share',
      'figures.share.lable  unknown field "lable": did you mean "label"? (EDITING.md lists every field)',
    ],
    [
      "a fact named with a figure's label",
      'figures:\n  a:\n    value: 2\n    source: kantar\nfacts:\n  twice:\n    label: Twice\n    formula: a * 2',
      `facts.twice.label  unknown field "label": did you mean "title" (a fact's heading; a figure's is its label)? (EDITING.md lists every field)`,
    ],
    [
      "a figure named with a fact's title",
      'figures:\n  share:\n    value: 0.285\n    format: percent\n    source: kantar\n    title: Share',
      `figures.share.title  unknown field "title": did you mean "label" (a figure's name; a fact's is its title)? (EDITING.md lists every field)`,
    ],
    [
      'a field far from any',
      'figures:\n  share:\n    value: 0.285\n    format: percent\n    source: kantar\n    colour: red',
      'figures.share.colour  unknown field "colour" (EDITING.md lists every field)',
    ],
    [
      'a source named by its publisher',
      'figures:\n  share:\n    value: 0.285\n    format: percent\n    source: Kantar',
      'figures.share.source  unknown source id "Kantar": did you mean "kantar"? (known: kantar)',
    ],
    [
      "a qualifier in a newsroom's words",
      'figures:\n  stores:\n    value: 2900\n    source: kantar\n    qualifier: more than',
      'figures.stores.qualifier  expected one of exact, about, over, under, up to, estimated, found "more than": write qualifier: over',
    ],
    [
      'a qualifier of nearness',
      'figures:\n  stores:\n    value: 2900\n    source: kantar\n    qualifier: around',
      'figures.stores.qualifier  expected one of exact, about, over, under, up to, estimated, found "around": write qualifier: about',
    ],
    [
      'a qualifier Tally has no word for',
      'figures:\n  stores:\n    value: 2900\n    source: kantar\n    qualifier: precisely',
      'figures.stores.qualifier  expected one of exact, about, over, under, up to, estimated, found "precisely"',
    ],
  ])('%s', (_, frontmatter, message) => {
    expect(messagesOf(frontmatter)).toEqual([message]);
  });
});
