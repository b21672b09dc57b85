import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import FactBox from '../../src/components/FactBox.astro';
import Fig from '../../src/components/Fig.astro';
import { resolveArticle, type ResolvedArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';

let container: AstroContainer;
let article: ResolvedArticle;

beforeAll(async () => {
  container = await AstroContainer.create();
  const input = articleInput({
    figures: {
      ...(articleInput().figures as object),
      casualties: { value: 30000, format: 'count', qualifier: 'over', label: 'Wagner casualties' },
      perThousand: { value: 1000, format: 'count', unit: 'people/thousand', constant: true },
      planned: {
        value: 25000,
        format: 'count',
        unit: 'people',
        forecast: true,
        asOf: '2025-06',
        label: 'Unit size planned for mid-2025',
        source: 'istories',
      },
      decreed: {
        value: 30000,
        format: 'count',
        unit: 'people',
        scheduled: true,
        asOf: '2025-Q1',
        label: 'Unit size decreed from 2025',
        source: 'istories',
      },
    },
    facts: {
      ...(articleInput().facts as object),
      growth: { title: 'Planned growth', formula: 'planned - unit' },
      decreedGrowth: { title: 'Decreed growth', formula: 'decreed - unit' },
      perThousandPeople: { title: 'Unit per thousand', formula: 'unit / perFacility / facilities * perThousand' },
    },
  });
  article = resolveArticle(articleSchema.parse(input), { file: 'content/articles/test.mdx', locale: 'en-GB' });
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<Fig>', () => {
  it('shows the number with its qualifier and links it to its source', async () => {
    const html = await container.renderToString(Fig, { props: { id: 'facilities' }, locals: { article } });
    expect(text(html)).toContain('210');
    expect(html).toContain('href="#source-istories"');
  });

  it('shows the qualifier and points an unsourced figure at the unattributed list', async () => {
    const html = await container.renderToString(Fig, { props: { id: 'casualties' }, locals: { article } });
    expect(text(html)).toContain('over 30,000');
    expect(html).toContain('href="#unattributed"');
  });

  it('says a forecast is one, and for when, where a measurement says its date', async () => {
    const forecast = text(await container.renderToString(Fig, { props: { id: 'planned' }, locals: { article } }));
    expect(forecast).toContain('Forecast for June 2025');
    expect(forecast).not.toContain('As of');
    const measured = text(await container.renderToString(Fig, { props: { id: 'facilities' }, locals: { article } }));
    expect(measured).toContain('As of not stated');
    expect(measured).not.toContain('Forecast');
  });

  it('says a scheduled value is set, and for when, neither forecast nor measured', async () => {
    const card = text(await container.renderToString(Fig, { props: { id: 'decreed' }, locals: { article } }));
    expect(card).toContain('Set for January – March 2025');
    expect(card).not.toMatch(/As of|Forecast/);
  });

  it('fails, naming the file and the id, when the figure does not exist', async () => {
    await expect(container.renderToString(Fig, { props: { id: 'ghost' }, locals: { article } })).rejects.toThrow(
      /content\/articles\/test\.mdx .*<Fig id="ghost" \/>: unknown figure id/,
    );
  });
});

describe('<FactBox>', () => {
  it('shows the arithmetic, each input with its source, and the verdict', async () => {
    const html = await container.renderToString(FactBox, { props: { id: 'quota' }, locals: { article } });
    const shown = text(html);
    expect(shown).toContain('Facility quota');
    expect(shown).toContain('100 × 210 = 21,000');
    expect(shown).toContain(
      article.facts[0]!.inputs.map((input) => (input.kind === 'figure' ? input.label : '')).at(0),
    );
    expect(shown).toContain('iStories');
    expect(shown).toContain('Differs');
    expect(shown).toContain('The article states 20,000: 1,000 fewer, 4.8% below the computed 21,000.');
    expect(html).toContain('data-verdict="differs"');
  });

  it('marks an input that is a forecast, with the date it is for', async () => {
    const shown = text(await container.renderToString(FactBox, { props: { id: 'growth' }, locals: { article } }));
    expect(shown).toContain('25,000 − 20,000 = 5,000');
    expect(shown).toContain('Unit size planned for mid-2025 Forecast for June 2025. Source: iStories');
    expect(shown.match(/Forecast/g)).toHaveLength(1);
  });

  it('marks an input that is scheduled, with the date it is set for', async () => {
    const shown = text(
      await container.renderToString(FactBox, { props: { id: 'decreedGrowth' }, locals: { article } }),
    );
    expect(shown).toContain('Unit size decreed from 2025 Set for January – March 2025. Source: iStories');
    expect(shown).not.toContain('Forecast');
  });

  it('says a constant needs no source, and does not list it as unattributed', async () => {
    const box = text(
      await container.renderToString(FactBox, { props: { id: 'perThousandPeople' }, locals: { article } }),
    );
    expect(box).toContain('1,000 per thousand True by definition.');
    const card = text(await container.renderToString(Fig, { props: { id: 'perThousand' }, locals: { article } }));
    expect(card).toContain('Source none needed: true by definition');
    expect(article.unattributed.map((figure) => figure.id)).toEqual(['casualties']);
  });

  it('fails, naming the file and the id, when the fact does not exist', async () => {
    await expect(
      container.renderToString(FactBox, { props: { id: 'facilities' }, locals: { article } }),
    ).rejects.toThrow(
      /<FactBox id="facilities" \/>: unknown fact id \(known: quota, growth, decreedGrowth, perThousandPeople\)/,
    );
  });
});
