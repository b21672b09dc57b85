/**
 * The pure builders behind the feed, the structured data, the downloads and the social card, fed
 * the resolved hostile fixture: every hostile string must come out as the same text, never markup.
 */
import { mkdtemp, readdir, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildFeedItem } from '../../src/lib/buildFeedItem.ts';
import { FIGURES_CSV_COLUMNS, buildFiguresCsv, buildFiguresJson } from '../../src/lib/buildFiguresDownload.ts';
import { buildNewsArticleJsonLd } from '../../src/lib/buildNewsArticleJsonLd.ts';
import { isExternalHref, linkRel } from '../../src/lib/isExternalHref.ts';
import { serializeJsonLd } from '../../src/lib/serializeJsonLd.ts';
import { csvField, toCsv } from '../../src/lib/toCsv.ts';
import { OG_HEIGHT, OG_WIDTH, buildOgCardInput, layoutOgCard } from '../../src/lib/og/buildOgCard.ts';
import { cardFonts } from '../../src/lib/og/cardFonts.ts';
import { drawOgImage, renderOgImage } from '../../src/lib/og/renderOgImage.ts';
import { startOgCardPrerender } from '../../src/lib/og/prerenderOgCards.ts';
import { parsePartialDate } from '../../src/facts/partialDate.ts';
import { resolveArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { articleInput } from '../support/articleInput.ts';
import { headersForPath, parseCsp, parseHeadersFile } from '../support/headersFile.ts';
import { parseCsv } from './parseCsv.ts';
import { readArticle, type ArticleFile } from './readArticle.ts';
import { pngSize } from './pngSize.ts';

const HOSTILE = 'tests/fixtures/publishing-hostile/hostile-strings.mdx';
const URL_OF = 'https://tally.example/articles/hostile-strings/';

let hostile: ArticleFile;

beforeAll(async () => {
  hostile = await readArticle(HOSTILE);
});

/** Fails the test if the fixture stopped being hostile, so the checks below keep meaning something. */
function expectHostile(text: string): void {
  expect(text).toMatch(/<\/script>|<img|"/);
}

describe('serializeJsonLd', () => {
  it.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['an HTML comment opener', '<!-- x'],
    ['an ampersand entity', 'A &amp; B'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
  ])('escapes %s and parses back to the same value', (_, value) => {
    const json = serializeJsonLd({ value });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ value });
  });
});

describe('buildNewsArticleJsonLd', () => {
  const context = {
    url: URL_OF,
    imageUrl: `${URL_OF}og.png`,
    publisher: { name: 'Tally', url: 'https://tally.example/' },
  };

  it('describes the article as a NewsArticle with its dates at their written precision', () => {
    const data = buildNewsArticleJsonLd(hostile.resolved, context);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: hostile.frontmatter.title,
      description: hostile.frontmatter.dek,
      datePublished: hostile.frontmatter.published,
      image: [context.imageUrl],
      mainEntityOfPage: URL_OF,
    });
  });

  it('cites every source, and credits the publisher when there is no byline', () => {
    const data = buildNewsArticleJsonLd(hostile.resolved, context);
    const sources = hostile.frontmatter.sources as Record<string, { publisher: string; title?: string; url?: string }>;
    expect(data.citation).toEqual(
      Object.values(sources).map((source) =>
        expect.objectContaining({
          name: source.title ?? source.publisher,
          publisher: { '@type': 'Organization', name: source.publisher },
        }),
      ),
    );
    expect(data.author).toEqual([{ '@type': 'Organization', name: 'Tally', url: 'https://tally.example/' }]);
    const withByline = buildNewsArticleJsonLd({ ...hostile.resolved, authors: ['A. Writer'] }, context);
    expect(withByline.author).toEqual([{ '@type': 'Person', name: 'A. Writer' }]);
  });

  it('keeps hostile strings as text once serialized into a script block', () => {
    expectHostile(hostile.resolved.title);
    const json = serializeJsonLd(buildNewsArticleJsonLd(hostile.resolved, context));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(hostile.resolved.title);
    expect(JSON.parse(json).citation[0].publisher.name).toBe(hostile.resolved.sources[0]!.publisher);
  });
});

describe('buildFeedItem', () => {
  it.each([
    ['a year', '2024', '2024-01-01T00:00:00.000Z'],
    ['a month', '2024-10', '2024-10-01T00:00:00.000Z'],
    ['a day', '2024-10-02', '2024-10-02T00:00:00.000Z'],
  ])('dates an article published in %s on the first day it can mean', (_, written, expected) => {
    const item = buildFeedItem(
      { ...hostile.resolved, published: { ...parsePartialDate(written), display: written, datetime: written } },
      URL_OF,
    );
    expect((item.pubDate as Date).toISOString()).toBe(expected);
  });

  it('carries hostile titles, deks and tags through the RSS XML as the same text', async () => {
    expectHostile(hostile.resolved.dek);
    const xml = await getRssString({
      title: 'Tally',
      description: 'test',
      site: 'https://tally.example/',
      items: [buildFeedItem(hostile.resolved, URL_OF)],
    });
    const item = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml).rss.channel.item;
    expect(item.title).toBe(hostile.resolved.title);
    expect(item.description).toBe(hostile.resolved.dek);
    expect(item.link).toBe(URL_OF);
    expect(item.category).toEqual([hostile.resolved.section, ...hostile.resolved.tags]);
  });
});

describe('toCsv', () => {
  it.each([
    ['plain text', 'plain', 'plain'],
    ['a number', 0.004, '0.004'],
    ['a comma', 'a,b', '"a,b"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['nothing', undefined, ''],
  ])('writes %s as an RFC 4180 field', (_, cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('writes text a spreadsheet would run (%j) with a leading apostrophe', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

  it('leaves numbers, negative ones included, and text with a sign inside as they are', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a = b - c')).toBe('a = b - c');
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });
});

describe('buildFiguresCsv and buildFiguresJson', () => {
  it('has a row per figure and per fact that reads back to the resolved values', () => {
    const rows = parseCsv(buildFiguresCsv(hostile.resolved));
    expect(rows[0]).toEqual([...FIGURES_CSV_COLUMNS]);
    const records = rows
      .slice(1)
      .map((row) => Object.fromEntries(FIGURES_CSV_COLUMNS.map((column, index) => [column, row[index]])));
    const figures = hostile.resolved.figures;
    const facts = hostile.resolved.facts;
    expect(records.map((record) => `${record.kind}:${record.id}`)).toEqual([
      ...Object.keys(hostile.frontmatter.figures as object).map((id) => `figure:${id}`),
      ...Object.keys(hostile.frontmatter.facts as object).map((id) => `fact:${id}`),
    ]);
    figures.forEach((figure, index) => {
      expect(records[index]).toMatchObject({
        label: figure.label,
        value: String(figure.value),
        display: figure.display,
        source: figure.source?.publisher ?? '',
        claimed_by: figure.claimedBy ?? '',
      });
    });
    const fact = facts[0]!;
    expect(records[figures.length]).toMatchObject({
      label: fact.title,
      value: String(fact.value),
      formula: fact.formula,
      equation: fact.equation,
      compared_to: fact.comparison!.stated.id,
      verdict: fact.comparison!.verdict,
    });
  });

  it('quotes hostile labels (commas, quotes, newlines, markup) so they read back intact', () => {
    const label = hostile.resolved.figures[0]!.label;
    expect(label).toMatch(/,/);
    expect(label).toMatch(/"/);
    expect(label).toMatch(/\n/);
    const rows = parseCsv(buildFiguresCsv(hostile.resolved));
    expect(rows[1]![FIGURES_CSV_COLUMNS.indexOf('label')]).toBe(label);
  });

  it('lists in JSON every figure with its source and every fact with its check', () => {
    const data = buildFiguresJson(hostile.resolved, { url: URL_OF });
    expect(data.article).toEqual({
      title: hostile.resolved.title,
      url: URL_OF,
      published: hostile.frontmatter.published,
    });
    expect(data.figures.map((figure) => figure.id)).toEqual(Object.keys(hostile.frontmatter.figures as object));
    expect(data.figures[0]!.source?.publisher).toBe(hostile.resolved.sources[0]!.publisher);
    const fact = hostile.resolved.facts[0]!;
    expect(data.facts[0]).toMatchObject({
      id: fact.id,
      formula: fact.formula,
      inputs: fact.inputs.map((input) => ({ id: input.id, value: input.value })),
      value: fact.value,
      comparison: { figure: fact.comparison!.stated.id, verdict: fact.comparison!.verdict },
    });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('the downloads of forecasts, scheduled values and constants', () => {
  const article = resolveArticle(
    articleSchema.parse(
      articleInput({
        figures: {
          ...(articleInput().figures as object),
          expected: { value: 1721, unit: 'GBP', forecast: true, asOf: '2027-04', source: 'istories' },
          cap: { value: 1758, unit: 'GBP', scheduled: true, asOf: '2027-Q1', source: 'istories' },
          monthsInYear: { value: 12, unit: 'months/year', constant: true },
        },
      }),
    ),
    { file: 'content/articles/test.mdx', locale: 'en-GB' },
  );

  it('say which figure is which, in JSON and in CSV', () => {
    const json = buildFiguresJson(article, { url: URL_OF });
    const kinds = (id: string) => {
      const { forecast, scheduled, constant } = json.figures.find((figure) => figure.id === id)!;
      return { forecast, scheduled, constant };
    };
    expect(kinds('expected')).toEqual({ forecast: true, scheduled: false, constant: false });
    expect(kinds('cap')).toEqual({ forecast: false, scheduled: true, constant: false });
    expect(kinds('monthsInYear')).toEqual({ forecast: false, scheduled: false, constant: true });
    const [header, ...rows] = parseCsv(buildFiguresCsv(article));
    const cell = (id: string, column: string) => rows.find((row) => row[1] === id)![header!.indexOf(column)];
    expect([cell('cap', 'scheduled'), cell('cap', 'forecast'), cell('cap', 'as_of')]).toEqual([
      'true',
      'false',
      '2027-Q1',
    ]);
    expect(cell('expected', 'scheduled')).toBe('false');
  });
});

describe('the downloads of a computed number', () => {
  it('give it without the noise of binary arithmetic, in JSON and in CSV', () => {
    const article = resolveArticle(
      articleSchema.parse(
        articleInput({
          figures: {
            dividend: { value: 0.1395, unit: 'GBP/share', minorUnit: true, source: 'istories' },
            before: { value: 0.131, unit: 'GBP/share', minorUnit: true, source: 'istories' },
          },
          facts: { rise: { title: 'Rise', formula: 'dividend - before' } },
        }),
      ),
      { file: 'content/articles/test.mdx', locale: 'en-GB' },
    );
    expect(article.facts[0]!.value).not.toBe(0.0085); // 0.008500000000000008
    expect(buildFiguresJson(article, { url: URL_OF }).facts[0]!.value).toBe(0.0085);
    const [header, ...rows] = parseCsv(buildFiguresCsv(article));
    const rise = rows.find((row) => row[1] === 'rise')!;
    expect([rise[header!.indexOf('value')], rise[header!.indexOf('display')]]).toEqual(['0.0085', '0.85p']);
  });
});

/** Runs `work` with the card cache moved to an empty folder, then puts everything back. */
async function withEmptyCardCache(work: (cache: string) => Promise<void>): Promise<void> {
  const cache = await mkdtemp(join(tmpdir(), 'tally-og-'));
  const previous = process.env.TALLY_OG_CACHE_DIR;
  process.env.TALLY_OG_CACHE_DIR = cache;
  try {
    await work(cache);
  } finally {
    if (previous === undefined) delete process.env.TALLY_OG_CACHE_DIR;
    else process.env.TALLY_OG_CACHE_DIR = previous;
    await rm(cache, { recursive: true, force: true });
  }
}

describe('the social card', () => {
  it("lays out the title and the first fact's equation character by character, never as markup", async () => {
    const input = buildOgCardInput(hostile.resolved, 'Tally');
    expect(input).toEqual({
      site: 'Tally',
      section: hostile.resolved.section,
      title: hostile.resolved.title,
      fact: { title: hostile.resolved.facts[0]!.title, equation: hostile.resolved.facts[0]!.equation },
    });
    const { lines } = layoutOgCard(input, await cardFonts());
    // Where a line breaks, a space may go or come; every character stays, in order.
    const text = (of: string) =>
      lines
        .filter((line) => line.of === of)
        .map((line) => line.text)
        .join('')
        .replace(/\s/g, '');
    expect(text('title')).toBe(input.title.replace(/\s/g, ''));
    expect(text('equation')).toBe(input.fact!.equation.replace(/\s/g, ''));
  });

  it('is a 1200×630 PNG with the same bytes every time it is drawn', async () => {
    const input = buildOgCardInput(hostile.resolved, 'Tally');
    const [first, second] = [await drawOgImage(input), await drawOgImage(input)];
    expect(pngSize(first)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('is cached by the hash of its input: a second render reads the one file written', async () => {
    await withEmptyCardCache(async (cache) => {
      const input = buildOgCardInput(hostile.resolved, 'Tally');
      const drawn = await renderOgImage(input);
      expect(await readdir(cache)).toHaveLength(1);
      expect(Buffer.compare(await renderOgImage(input), drawn)).toBe(0);
      await renderOgImage({ ...input, title: `${input.title} (changed)` });
      expect(await readdir(cache)).toHaveLength(2);
    });
  });

  it('marks a cached card used when it is read, so the sweep of unused entries keeps it', async () => {
    await withEmptyCardCache(async (cache) => {
      const input = buildOgCardInput(hostile.resolved, 'Tally');
      await renderOgImage(input);
      const [name] = await readdir(cache);
      const monthAgo = (Date.now() - 30 * 24 * 60 * 60 * 1000) / 1000;
      await utimes(join(cache, name!), monthAgo, monthAgo);
      await renderOgImage(input);
      expect((await stat(join(cache, name!))).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    });
  });

  it('drawn ahead on worker threads, has the bytes drawn in-process; a route takes a card no worker took', async () => {
    await withEmptyCardCache(async (cache) => {
      const first = buildOgCardInput(hostile.resolved, 'Tally');
      const inputs = Array.from({ length: 6 }, (_, index) => ({ ...first, title: `${first.title} ${index}` }));
      startOgCardPrerender(inputs);
      // The last card's route comes before a worker does: it claims the card and draws it itself.
      const last = inputs.at(-1)!;
      expect(Buffer.compare(await renderOgImage(last), await drawOgImage(last))).toBe(0);
      // No route asked for the others, yet they reach the cache: the workers drew them.
      await vi.waitFor(async () => expect(await readdir(cache)).toHaveLength(inputs.length), { timeout: 30_000 });
      for (const input of inputs.slice(0, -1)) {
        expect(Buffer.compare(await renderOgImage(input), await drawOgImage(input))).toBe(0);
      }
      expect(await readdir(cache)).toHaveLength(inputs.length);
    });
  });
});

describe('external links', () => {
  it.each([
    ['https://example.org/x', true],
    ['//example.org/x', true],
    ['http://tally.example/x', true],
    ['https://tally.example/articles/x/', false],
    ['/articles/x/', false],
    ['#source-a', false],
    ['mailto:desk@tally.example', false],
  ])('treats %s as external: %s', (href, external) => {
    expect(isExternalHref(href, 'https://tally.example')).toBe(external);
  });

  it('adds noopener noreferrer to external links and keeps the rel an author set', () => {
    expect(linkRel('https://example.org/', 'https://tally.example', 'author')).toBe('author noopener noreferrer');
    expect(linkRel('/about/', 'https://tally.example', undefined)).toBeUndefined();
  });
});

describe('parseHeadersFile', () => {
  const rules = parseHeadersFile(
    [
      '# comment',
      '/*',
      '  X-Frame-Options: DENY',
      '  Content-Security-Policy: a; b',
      '/_astro/*',
      '  Cache-Control: immutable',
      '/articles/:slug/',
      '  X-Slug: yes',
    ].join('\n'),
  );

  it.each([
    ['/', { 'x-frame-options': 'DENY', 'content-security-policy': 'a; b' }],
    ['/_astro/a.css', { 'x-frame-options': 'DENY', 'content-security-policy': 'a; b', 'cache-control': 'immutable' }],
    ['/articles/x/', { 'x-frame-options': 'DENY', 'content-security-policy': 'a; b', 'x-slug': 'yes' }],
    ['/articles/x/y/', { 'x-frame-options': 'DENY', 'content-security-policy': 'a; b' }],
  ])('applies every rule matching %s', (path, expected) => {
    expect(headersForPath(rules, path)).toEqual(expected);
  });

  it('reads the directives of a policy', () => {
    expect(parseCsp("script-src 'self' 'sha256-x'; frame-ancestors 'none'").get('script-src')).toEqual([
      "'self'",
      "'sha256-x'",
    ]);
  });
});
