import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleTemplate, PLACEHOLDERS, slugFromTitle } from '../../src/check/articleTemplate.ts';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { checkContent } from '../../src/check/checkContent.ts';
import { runScript } from '../support/runScript.ts';

describe('slugFromTitle', () => {
  it.each([
    ['New Wave of Mobilization', 'new-wave-of-mobilization'],
    ["Putin's New Law: Prisoners & Drafts, 2024", 'putins-new-law-prisoners-drafts-2024'],
    ['  Démarche à Moscou  ', 'demarche-a-moscou'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['Война', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
});

describe('npm run new', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tally-new-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const title = 'Prison "Volunteers": the Numbers';
  const path = join(folder, `${slugFromTitle(title)}.mdx`);

  it('writes a draft named after the title and says what to do next', () => {
    const run = runScript('new.ts', [title], { TALLY_CONTENT_DIR: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(path);
    expect(run.stdout).toContain('npm run dev');
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^draft: true$/m);
  });

  it('writes a file the checker passes with no errors, using every part of an article', () => {
    const result = checkContent({ directory: folder, locale: 'en-GB' });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const article = result.resolved.get(`${slugFromTitle(title)}.mdx`)!;
    expect(article.title).toBe(title);
    expect(article.draft).toBe(true);
    expect(article.sources).toHaveLength(1);
    expect(article.figures.length).toBeGreaterThan(0);
    expect(article.facts[0]!.comparison?.stated.id).toBeDefined();
    expect(article.timeline).toHaveLength(1);
    expect(article.charts).toHaveLength(1);
    const body = readFileSync(path, 'utf8').split(/^---$/m)[2]!;
    for (const component of ['<Fig id=', '<FactBox id=', '<Chart id=']) expect(body).toContain(component);
  });

  it('warns at each placeholder of the draft, and nowhere else', () => {
    const text = readFileSync(path, 'utf8');
    const problems = checkArticle(text, { file: 'x.mdx', locale: 'en-GB' }).problems;
    expect(problems.map(({ line, severity }) => [line, severity])).toEqual(
      placeholderLines(text).map((line) => [line, 'warning']),
    );
    for (const problem of problems)
      expect(problem.message).toMatch(/^template text from npm run new .*: before publishing, /);
  });

  it('refuses to publish the template: an error at each placeholder once draft: true is deleted', () => {
    const text = readFileSync(path, 'utf8').replace(/^draft: true\n/m, '');
    expect(text).not.toMatch(/^draft:/m);
    const problems = checkArticle(text, { file: 'x.mdx', locale: 'en-GB' }).problems;
    const lines = placeholderLines(text);
    expect(lines).toHaveLength(Object.keys(PLACEHOLDERS).length);
    expect(problems.map(({ line, severity }) => [line, severity])).toEqual(lines.map((line) => [line, 'error']));
    for (const problem of problems)
      expect(problem.message).toMatch(/^template text from npm run new .* cannot be published: /);
    // draft: false publishes too.
    const published = checkArticle(readFileSync(path, 'utf8').replace(/^draft: true$/m, 'draft: false'), {
      file: 'x.mdx',
      locale: 'en-GB',
    }).problems;
    expect(published.filter((problem) => problem.severity === 'error')).toHaveLength(lines.length);
  });

  it('refuses to overwrite an existing article', () => {
    const before = readFileSync(path, 'utf8');
    const run = runScript('new.ts', [title], { TALLY_CONTENT_DIR: folder });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('asks for a slug when the title has no letters a URL can use', () => {
    const run = runScript('new.ts', ['Война'], { TALLY_CONTENT_DIR: folder });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--slug');
  });

  it('keeps hostile titles as text in the YAML', () => {
    const hostile = '"><img src=x onerror=alert(document.domain)>: a title';
    const check = checkArticle(articleTemplate({ title: hostile, today: '2024-10-02' }), {
      file: 'x.mdx',
      locale: 'en-GB',
    });
    expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(check.article?.title).toBe(hostile);
  });
});

/** The 1-based lines of `text` that hold a placeholder, as the template wrote it (a whole word for a tag). */
function placeholderLines(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      Object.values(PLACEHOLDERS).some((placeholder) =>
        'exact' in placeholder
          ? new RegExp(`[[ ]${placeholder.text}[\\],]`).test(line)
          : line.includes(placeholder.text),
      )
        ? [index + 1]
        : [],
    );
}
