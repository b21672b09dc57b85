/**
 * Valid articles whose strings hold markup: the checker accepts them, and the article page's
 * components show every string as text. Rendered with Astro's Container API, with the resolved
 * article in `locals` as the article page puts it there, rather than with another full build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import FactBox from '../../src/components/FactBox.astro';
import Fig from '../../src/components/Fig.astro';
import SourceList from '../../src/components/SourceList.astro';
import Timeline from '../../src/components/Timeline.astro';
import { checkContent } from '../../src/check/checkContent.ts';
import type { ResolvedArticle } from '../../src/facts/resolveArticle.ts';
import { htmlTags } from '../support/htmlTags.ts';

const result = checkContent({ directory: 'tests/fixtures/hostile', locale: 'en-GB' });
const article = result.resolved.get('script-in-every-string.mdx') as ResolvedArticle;

/** Elements the hostile strings try to create; none of the components renders one itself. */
const INJECTED = new Set(['script', 'img', 'svg', 'b', 'i', 'textarea', 'title', 'style']);

function expectOnlyText(html: string, strings: string[]): void {
  const tags = htmlTags(html);
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((tag) => INJECTED.has(tag.name)).map((tag) => tag.name)).toEqual([]);
  expect(tags.flatMap((tag) => [...tag.attributes.keys()].filter((name) => name.startsWith('on')))).toEqual([]);
  for (const text of strings) {
    const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    // Astro escapes quotes in text too; compare with quotes in either form.
    const pattern = escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/"|'/g, '(?:&#34;|&quot;|&#39;|"|\')');
    expect(html).toMatch(new RegExp(pattern));
  }
}

describe('articles whose strings hold markup', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  it('pass the checker: they are valid content', () => {
    expect(result.errors).toBe(0);
    expect(result.resolved.size).toBe(result.articles);
  });

  it('render figures, fact boxes, sources and the timeline as text', async () => {
    const locals = { article };
    const figures = article.figures;
    const fact = article.facts[0]!;
    const html = [
      ...(await Promise.all(
        figures.map((figure) => container.renderToString(Fig, { props: { id: figure.id }, locals })),
      )),
      await container.renderToString(FactBox, { props: { id: fact.id }, locals }),
      await container.renderToString(SourceList, {
        props: { article, mentions: new Map(figures.map((figure) => [figure.id, 1])) },
        locals,
      }),
      await container.renderToString(Timeline, { props: { entries: article.timeline }, locals }),
    ].join('\n');
    expectOnlyText(html, [
      ...figures.map((figure) => figure.label),
      fact.title,
      fact.note!,
      article.sources[0]!.publisher,
      article.sources[0]!.title!,
      article.timeline[0]!.text,
    ]);
  });
});
