/**
 * An article body compiled by `articleBody` renders as `@astrojs/mdx` renders MDX: the Markdown
 * features it turns on by default, and Tally's components with the spaces around them kept.
 * Rendered through `@astrojs/mdx`'s own renderer with Astro's Container API.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { beforeAll, describe, expect, it } from 'vitest';
import Fig from '../../src/components/Fig.astro';
import { articleBody } from '../../src/lib/articleBody.ts';
import { resolveArticle, type ResolvedArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

let container: AstroContainer;
let article: ResolvedArticle;

beforeAll(async () => {
  container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  article = resolveArticle(articleSchema.parse(articleInput()), { file: 'content/articles/test.mdx', locale: 'en-GB' });
});

async function render(body: string): Promise<string> {
  const Content = articleBody(body, 'content/articles/test.mdx');
  return container.renderToString(Content as Parameters<AstroContainer['renderToString']>[0], {
    props: { components: { Fig } },
    locals: { article },
  });
}

describe('articleBody', () => {
  it('gives every heading an id, as Astro does', async () => {
    const html = await render('## Who is drafted\n\nText.\n\n## Who is drafted');
    expect(html).toContain('<h2 id="who-is-drafted">Who is drafted</h2>');
    expect(html).toContain('<h2 id="who-is-drafted-1">Who is drafted</h2>');
  });

  it('turns straight quotes and dashes into typographic ones', async () => {
    const html = await render(`"Storm-Z" units -- Putin's decree`);
    expect(html).toContain('“Storm-Z” units – Putin’s decree');
  });

  it('reads GitHub-flavoured Markdown: tables, strikethrough and bare links', async () => {
    const html = await render('| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~ https://example.org');
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<a href="https://example.org">https://example.org</a>');
  });

  it('renders <Fig> inline with the words around it spaced', async () => {
    const html = await render('From each of <Fig id="facilities" /> facilities.');
    const text = html.replace(/<span popover[\s\S]*?Close<\/button><\/span>/g, '').replace(/<[^>]+>/g, '');
    expect(text).toMatch(/From each of 210\s*facilities\./);
    expect(html).toMatch(/of <[^>]+>/);
    expect(html).toMatch(/<\/[a-z]+> facilities\./);
  });

  it('names the file when a body does not compile', () => {
    expect(() => articleBody('<Fig id="x"', 'content/articles/broken.mdx')).toThrow(
      /^content\/articles\/broken\.mdx: the MDX body does not compile: /,
    );
  });
});

describe('articleBody, given a body the checker never saw', () => {
  type Flagged = typeof globalThis & { __tallyRan?: string[] };
  const flagged = globalThis as Flagged;
  const RUNS = (label: string) => `(globalThis.__tallyRan ??= []).push('${label}')`;
  const HOSTILE = [
    `Before the code. {${RUNS('expression')}}`,
    '',
    `export const leak = ${RUNS('export')}`,
    '',
    `import fs from 'node:fs'`,
    '',
    `<Fig id="facilities" title={${RUNS('attribute')}} {...${RUNS('spread')}} />`,
    '',
    `<abbr title="United Nations" onclick={${RUNS('handler')}}>UN</abbr>`,
    '',
    `<mark onclick="x">Inside {${RUNS('nested')}} a mark</mark> and <Fig id="facilities">{${RUNS('child')}}</Fig>`,
    '',
    `{(() => { for (;;) {} })()}`,
    '',
    'After the code.',
  ].join('\n');

  it('would run the code if it were compiled as plain MDX: the attack is real', async () => {
    const { mdxToJs } = await import('satteri');
    const { jsx, jsxs, Fragment } = await import('astro/jsx-runtime');
    const plain = `${RUNS('expression')}`;
    const { code } = mdxToJs(`{${plain}}`, { jsxImportSource: 'astro', outputFormat: 'function-body' });
    flagged.__tallyRan = [];
    new Function(code)({ Fragment, jsx, jsxs }).default({});
    expect(flagged.__tallyRan).toEqual(['expression']);
    delete flagged.__tallyRan;
  });

  it('never runs an expression, an export, an import or an attribute written as code', async () => {
    delete flagged.__tallyRan;
    const html = await render(HOSTILE);
    expect(flagged.__tallyRan).toBeUndefined();
    expect(html).toContain('Before the code.');
    expect(html).toContain('After the code.');
    expect(html).toContain('<abbr title="United Nations">UN</abbr>');
    expect(html).toContain('<mark>Inside  a mark</mark>');
    expect(html).toMatch(/<span class="fig"[^>]*data-figure="facilities"/);
  });

  it('leaves out elements that run code or change the page, and refused attributes and link targets', async () => {
    const html = await render(
      [
        'Text <script>alert(1)</script> and <style>{"body{display:none}"}</style>.',
        '',
        '<iframe srcdoc="x" /> <meta httpEquiv="refresh" content="0;url=https://evil.example" />',
        '<base href="https://evil.example/" /> <form action="https://evil.example"><input name="q" /></form>',
        '',
        'A <mark onmouseover="alert(1)" style="position:fixed">mark</mark>, a [bad link](javascript:alert(1)),',
        'a [good link](https://example.org/) and ![an image](data:image/svg+xml,x).',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<(script|style|iframe|meta|base|form|input)\b/);
    expect(html).not.toMatch(/\s(on\w+|style|srcdoc)=/);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:image');
    expect(html).toContain('<mark>mark</mark>');
    expect(html).toMatch(/<a>bad link<\/a>/);
    expect(html).toContain('<a href="https://example.org/">good link</a>');
  });

  it('refuses a body nested too deep to render, naming the file', () => {
    const deep = `${'<mark>'.repeat(2_000)}x${'</mark>'.repeat(2_000)}`;
    expect(() => articleBody(deep, 'content/articles/deep.mdx')).toThrow(
      /^content\/articles\/deep\.mdx: the MDX body does not compile: line 1: too deep/,
    );
    const list = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    expect(() => articleBody(list, 'content/articles/list.mdx')).toThrow(
      /^content\/articles\/list\.mdx: the MDX body does not compile: line 129: too deep/,
    );
    // Past the pre-scan, a tree the sanitizer had to change is measured whole.
    const sanitized = `{1}\n\n${'>'.repeat(100)} x`;
    expect(() => articleBody(sanitized, 'content/articles/quotes.mdx')).toThrow(
      /^content\/articles\/quotes\.mdx: the MDX body does not compile: too deep: the text is nested more than 80 levels/,
    );
  });
});
