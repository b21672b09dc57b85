/**
 * One run reports every problem in a file, whatever stage finds it: a schema error does not hide
 * an unknown id or a broken formula elsewhere, and a broken body does not make every figure look
 * unused.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';

const FILE = 'content/articles/x.mdx';

const SEVERAL_MISTAKES = `---
title: Storm-Z
dek: The quota.
section: Security
published: 2023-02-30
sources:
  istories:
    publisher: iStories
figures:
  perFacility:
    value: lots
    source: istories
  facilities:
    value: 210
    source: istoris
facts:
  quota:
    title: Facility quota
    formula: perFacility * facilites
  share:
    title: Share
    formula: max(quota)
---

Each of <Fig id="facilities" /> facilities sends <Fig id="perFacility" /> people.

<FactBox id="quota" />
`;

describe('every problem in one run', () => {
  it('reports schema errors, unknown ids and formula errors together', () => {
    const check = checkArticle(SEVERAL_MISTAKES, { file: FILE, locale: 'en-GB' });
    expect(check.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.field)).toEqual([
      'published',
      'figures.perFacility.value',
      'figures.facilities.source',
      'facts.quota.formula',
      'facts.share.formula',
    ]);
    expect(check.article).toBeUndefined();
  });

  it('does not invent problems from the stand-ins it uses for invalid values', () => {
    const text = SEVERAL_MISTAKES.replace(
      'formula: perFacility * facilites',
      'formula: facilities / (perFacility - 1)',
    );
    const fields = checkArticle(text, { file: FILE, locale: 'en-GB' }).problems.map((problem) => problem.field);
    expect(fields).not.toContain('facts.quota.formula');
  });

  it('does not call figures unused when the body cannot be read', () => {
    const text = SEVERAL_MISTAKES.replace('published: 2023-02-30', 'published: 2023-02')
      .replace('value: lots', 'value: 100')
      .replace('source: istoris', 'source: istories')
      .replace('perFacility * facilites', 'perFacility * facilities')
      .replace('max(quota)', 'quota / facilities')
      .replace('<FactBox id="quota" />', '<FactBox id="quota"');
    const problems = checkArticle(text, { file: FILE, locale: 'en-GB' }).problems;
    expect(problems.map((problem) => [problem.field, problem.severity])).toEqual([['body', 'error']]);
    expect(problems[0]!.message).toMatch(/^MDX syntax error: /);
  });
});
