/** A quarter in the page: its months as text, and a `datetime` HTML accepts that claims no more. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Fig from '../../src/components/Fig.astro';
import FormattedDate from '../../src/components/FormattedDate.astro';
import { resolveArticle, type ResolvedArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

let container: AstroContainer;
let article: ResolvedArticle;

beforeAll(async () => {
  container = await AstroContainer.create();
  const input = articleInput({
    figures: { gdp: { value: 0.001, format: 'percent', label: 'GDP growth', asOf: '2024-Q3', source: 'istories' } },
    facts: {},
    timeline: [
      { date: '2024-Q2', text: 'Growth slows.' },
      { date: '2024-10', text: 'Figures published.' },
    ],
  });
  article = resolveArticle(articleSchema.parse(input), { file: 'content/articles/test.mdx', locale: 'en-GB' });
});

describe('a quarter in a <time>', () => {
  it.each([
    [0, '<time datetime="2024">April\u2009–\u2009June 2024</time>'],
    [1, '<time datetime="2024-10">October 2024</time>'],
  ])('<FormattedDate> shows timeline date %i at its precision', async (index, expected) => {
    const html = await container.renderToString(FormattedDate, { props: { date: article.timeline[index]!.date } });
    expect(html).toContain(expected);
  });

  it("<Fig> gives the card's as-of quarter its months and its year as datetime", async () => {
    const html = await container.renderToString(Fig, { props: { id: 'gdp' }, locals: { article } });
    expect(html).toContain('<time datetime="2024">July\u2009–\u2009September 2024</time>');
  });
});
