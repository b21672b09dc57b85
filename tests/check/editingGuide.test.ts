/**
 * EDITING.md cannot drift from the code: its complete examples pass the checker, its broken
 * examples produce exactly the output it shows, and every frontmatter field has a row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';
import { articleSchema, chartSchema, timelineEntrySchema } from '../../src/schema/article.ts';
import { factSchema } from '../../src/schema/fact.ts';
import { figureSchema } from '../../src/schema/figure.ts';
import { sourceSchema } from '../../src/schema/source.ts';

const guide = readFileSync('EDITING.md', 'utf8');
const FILE = 'content/articles/example.mdx';

function fences(kind: string, title: RegExp): { title: string; text: string; end: number }[] {
  const pattern = new RegExp('^```' + kind + ' title="(' + title.source + ')"\\n([\\s\\S]*?)^```$', 'gm');
  return [...guide.matchAll(pattern)].map((match) => ({
    title: match[1]!,
    text: match[2]!,
    end: match.index + match[0].length,
  }));
}

const examples = fences('mdx', /example: [^"]+/);
const broken = fences('mdx', /broken: [^"]+/);
const outputs = fences('text', /checker output/);

describe('EDITING.md', () => {
  it('has examples, including every component', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const all = examples.map((example) => example.text).join('\n');
    for (const component of ['<Fig id=', '<FactBox id=', '<Chart id=']) expect(all).toContain(component);
  });

  it.each(examples.map((example) => [example.title, example.text]))(
    '%s: passes the checker with no warnings',
    (_title, text) => {
      const check = checkArticle(text, { file: FILE, locale: 'en-GB' });
      expect(check.problems.map(formatProblem)).toEqual([]);
      expect(check.article).toBeDefined();
    },
  );

  it.each(broken.map((example) => [example.title, example]))(
    '%s: gives exactly the output shown',
    (_title, example) => {
      // The output block is the next fence after the broken example.
      const output = outputs.find((candidate) => candidate.end > example.end);
      expect(output).toBeDefined();
      const check = checkArticle(example.text, { file: FILE, locale: 'en-GB' });
      expect(check.problems.map(formatProblem)).toEqual(output!.text.trimEnd().split('\n'));
    },
  );

  it.each([
    ['article', articleSchema.shape],
    ['sources', sourceSchema.shape],
    ['figures', figureSchema.shape],
    ['facts', factSchema.shape],
    ['timeline', timelineEntrySchema.shape],
    ['charts', chartSchema.shape],
  ] as const)('documents every %s field in a table row', (_group, shape) => {
    for (const field of Object.keys(shape)) expect(guide).toContain(`| \`${field}\` |`);
  });
});
