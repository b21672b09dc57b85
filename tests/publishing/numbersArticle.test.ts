/**
 * An article that uses every kind of number (money, points, signed changes, years, ranks,
 * ranges, precision, every verdict), built as a site of its own: what the page, the feed, the
 * JSON-LD, the social card and the downloads show.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOgCardInput } from '../../src/lib/og/buildOgCard.ts';
import { runBuild } from '../support/runBuild.ts';
import { readText } from './builtSite.ts';
import { readJsonLd } from './checkBuiltSite.ts';
import { parseCsv } from './parseCsv.ts';
import { pngSize } from './pngSize.ts';
import { readArticle, type ArticleFile } from './readArticle.ts';

const FIXTURE = 'tests/fixtures/numbers/spending-in-figures.mdx';

let root: string;
let article: ArticleFile;
let page: string;
/** The page's text, tags stripped, entities for the characters we look for decoded. */
let text: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tally-numbers-'));
  const result = await runBuild(['--outDir', root], { TALLY_CONTENT_DIR: 'tests/fixtures/numbers' });
  if (result.code !== 0) throw new Error(`the numbers fixture did not build:\n${result.output}`);
  article = await readArticle(FIXTURE);
  page = await readText(root, `articles/${article.slug}/index.html`);
  text = page
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'");
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('an article with every kind of number', () => {
  it.each([
    ['money, compact at the precision asked for', 'US$2.718 trillion'],
    ['money per person, with its qualifier before the currency', 'about US$334'],
    ['percentage points', '0.2\u00a0percentage points'],
    ['a signed change', '+9.4%'],
    ['a negative change with U+2212 and fixed digits', '\u221246.0%'],
    ['a year without grouping', '1966'],
    ['a rank as an ordinal', '8th'],
    ['a range', '10–15'],
    ['a range of years', '2015–2016'],
    ['a range through a formula', '10–15 × 4,000 = 40,000–60,000'],
    ['arithmetic that holds at its shown precision', 'US$1.635 trillion ÷ US$2.718 trillion = 60.2%'],
    ['a match by rounding', 'The article states 60%, which matches the computed 60.2% as rounded.'],
    ['a qualifier the stated number does not bear out', 'The article states over US$1.6 trillion: US$50 billion more'],
    ['a computation across the stated number', 'it may match'],
  ])('shows %s: "%s"', (_what, expected) => {
    expect(text).toContain(expected);
  });

  it('marks a claim in words as checked, keeping the spaces around it, with the computation in its card', () => {
    expect(page).toContain('World spending in 2024 was <span class="claim" data-claim="growth"');
    expect(page).toContain('</span></span> higher than in 2023.');
    const claim = page.slice(
      page.indexOf('data-claim="growth"'),
      page.indexOf('</span></span>', page.indexOf('data-claim="growth"')),
    );
    expect(claim).toContain('data-claim-verdict="true"');
    expect(claim).toContain('&quot;about a tenth&quot; holds: Tally computes +9.4%');
  });

  it('marks each verdict with its symbol and word', () => {
    const verdicts = [...page.matchAll(/data-verdict="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(verdicts)).toEqual(new Set(['matches', 'differs', 'may match']));
  });

  it('writes no hyphen-minus before a digit anywhere in the text', () => {
    expect(text.match(/(?<![\w-])-\d/g) ?? []).toEqual([]);
  });

  it('draws the negative change left of a zero line', () => {
    const chart = page.slice(
      page.indexOf('data-chart="changes"'),
      page.indexOf('</figure>', page.indexOf('data-chart="changes"')),
    );
    expect(chart).toContain('class="chart-zero"');
    const bars = [...chart.matchAll(/class="chart-bar" x="([\d.]+)%"[^>]*width="([\d.]+)%"/g)].map(
      (m): [number, number] => [Number(m[1]), Number(m[2])],
    );
    const zero = Number(/class="chart-zero" x1="([\d.]+)%"/.exec(chart)![1]);
    expect(text).toContain('Result in USD per person');
    // changeA (+5.7%) and changeD (+38%) start at zero; changeC (−46%) ends there.
    expect(bars[0]![0]).toBe(zero);
    expect(bars[1]![0] + bars[1]![1]).toBeCloseTo(zero, 1);
    expect(bars[2]![0]).toBe(zero);
  });

  it('publishes each fact with its derived unit, interval and verdict in figures.json', async () => {
    const json = JSON.parse(await readText(root, `articles/${article.slug}/figures.json`));
    const facts = Object.fromEntries(json.facts.map((fact: { id: string }) => [fact.id, fact]));
    expect(facts.perCapita).toMatchObject({
      unit: 'USD/person',
      currency: 'USD',
      qualifier: 'about',
      display: 'about US$336',
      comparison: { figure: 'perCapitaStated', verdict: 'may match' },
    });
    expect(facts.perCapita.interval.low).toBeCloseTo(2.718e12 / 8.15e9, 6);
    expect(facts.perCapita.interval.high).toBeCloseTo(2.718e12 / 8.05e9, 6);
    expect(facts.alliance).toMatchObject({
      value: 1.55e12,
      unit: 'USD',
      interval: null,
      comparison: { verdict: 'differs' },
    });
    expect(facts.gdpRise).toMatchObject({ format: 'points', unit: null, comparison: { verdict: 'matches' } });
    const figures = Object.fromEntries(json.figures.map((figure: { id: string }) => [figure.id, figure]));
    expect(figures.world2024).toMatchObject({ value: 2.718e12, unit: 'USD', currency: 'USD' });
    expect(figures.brigades).toMatchObject({ value: [10, 15], unit: 'brigades' });
  });

  it('keeps the raw value and the ISO code in figures.csv', async () => {
    const rows = parseCsv(await readText(root, `articles/${article.slug}/figures.csv`));
    const [header, ...body] = rows;
    const row = (id: string) =>
      Object.fromEntries(header!.map((name, index) => [name, body.find((r) => r[1] === id)![index]]));
    expect(row('world2024')).toMatchObject({ value: '2718000000000', unit: 'USD', display: 'US$2.718 trillion' });
    expect(row('alliance')).toMatchObject({ verdict: 'differs', compared_to: 'allianceStated' });
  });

  it('puts the same numbers in the feed, the JSON-LD and the social card', async () => {
    const feed = await readText(root, 'rss.xml');
    expect(feed).toContain('<title>Test fixture: military spending in figures</title>');
    const jsonLd = readJsonLd(page);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'Test fixture: military spending in figures' });
    const reviews = (jsonLd.hasPart as Record<string, unknown>[]).filter((part) => part['@type'] === 'ClaimReview');
    expect(
      reviews.map((review) => [review.name, (review.reviewRating as { alternateName: string }).alternateName]),
    ).toEqual([
      ['Rise in world spending', 'Matches'],
      ['Share of the five largest spenders', 'Matches'],
      ['Spending per person', 'May match'],
      ['Rise in the share of GDP', 'Matches'],
      ['Spending of the alliance of A and B', 'Differs'],
    ]);
    expect(reviews[4]).toMatchObject({
      claimReviewed: 'Stated spending of the alliance of A and B: over US$1.6 trillion',
      reviewRating: { ratingValue: 1, bestRating: 3, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', appearance: { name: 'Yearbook of made-up military spending' } },
    });
    expect(reviews[4]!.reviewBody).toContain('US$997 billion + US$553 billion = US$1.55 trillion.');
    const card = buildOgCardInput(article.resolved, 'Tally');
    expect(card.fact).toEqual({
      title: 'Rise in world spending',
      equation: '(US$2.718 trillion − US$2.485 trillion) ÷ US$2.485 trillion = +9.4%',
    });
    expect(pngSize(await readFile(join(root, 'articles', article.slug, 'og.png')))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});
