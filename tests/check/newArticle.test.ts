import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleTemplate, slugFromTitle } from '../../src/check/articleTemplate.ts';
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

  it('writes a file the checker passes with no errors and no warnings, using every part of an article', () => {
    const result = checkContent({ directory: folder, locale: 'en-GB' });
    expect(result.problems).toEqual([]);
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
    expect(check.problems).toEqual([]);
    expect(check.article?.title).toBe(hostile);
  });
});
