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
