/**
 * The article page as a reader meets it (issue 21), on the seed and on a number-heavy fixture
 * (15 computed facts, two charts, 44 figures) built here into a scratch folder:
 *
 * - at 360 × 800 the story starts on the first screen (the first sentence's top within 800 px for
 *   the seed, 900 px for the fixture), the lead chart follows the paragraph that first cites one
 *   of its numbers, and "By the numbers" follows the text;
 * - at 1280 px the panel sits beside the text;
 * - the panel shows at most five facts in full, differing ones first, each differing verdict
 *   with its amount, and the rest one line each, linked to their boxes;
 * - no "↩" back-link starts a line of its own at 360 px;
 * - the fixture's pages pass the same checks as the seed's: valid HTML, no whitespace before
 *   punctuation, no horizontal overflow, no axe violation at 360 and 1280 px in light and dark
 *   (768 px lays out as 360 does; the seed is checked at all three in pages.test.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/staticServer.ts';
import { readArticle, type ArticleFile } from '../support/readArticle.ts';
import { runBuild } from '../support/runBuild.ts';
import { spacesBeforePunctuation } from '../support/spacesBeforePunctuation.ts';
import { listPages, readText } from '../publishing/builtSite.ts';
import { htmlProblemsInSite } from '../publishing/validateHtml.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const FIXTURES = 'tests/fixtures/number-heavy';

interface Subject {
  name: string;
  article: ArticleFile;
  /** Where the first sentence must start at 360 × 800. */
  firstScreen: number;
  server: () => StaticServer;
}

const seed = readArticle('content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx');
const heavy = readArticle(`${FIXTURES}/northmoor-winter-in-a-and-e.mdx`);

let scratch: string;
let fixtureRoot: string;
let seedServer: StaticServer;
let fixtureServer: StaticServer;
let browser: Browser;

const SUBJECTS: Subject[] = [
  { name: 'the seed', article: seed, firstScreen: 800, server: () => seedServer },
  { name: 'the 15-fact fixture', article: heavy, firstScreen: 900, server: () => fixtureServer },
];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-reading-order-'));
  fixtureRoot = join(scratch, 'dist');
  // Caches of its own, so this build neither reuses nor disturbs the suite's.
  const result = await runBuild(['--outDir', fixtureRoot], {
    TALLY_CONTENT_DIR: FIXTURES,
    TALLY_ASTRO_CACHE_DIR: join(scratch, 'astro-cache'),
    TALLY_OG_CACHE_DIR: join(scratch, 'og-cache'),
    TALLY_CHECK_CACHE_DIR: join(scratch, 'check-cache'),
  });
  if (result.code !== 0) throw new Error(`the fixture did not build (exit ${result.code}):\n${result.output}`);
  seedServer = await serveStatic({ root: 'dist' });
  fixtureServer = await serveStatic({ root: fixtureRoot });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await seedServer?.close();
  await fixtureServer?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function openArticle(
  subject: Subject,
  width: number,
  scheme: 'light' | 'dark' = 'light',
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 }, bypassCSP: true });
  const blocked = await loopbackOnly(context);
  const page = await context.newPage();
  await page.goto(`${subject.server().origin}/articles/${subject.article.slug}/`, { waitUntil: 'load' });
  return {
    page,
    close: async () => {
      await context.close();
      expect(blocked).toEqual([]);
    },
  };
}

/** Page coordinates (top, bottom, left, right) of the first element matching `selector`. */
function box(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left, right: rect.right };
    });
}

describe.each(SUBJECTS)('$name at 360 × 800', (subject) => {
  it(`starts the story within the first ${subject.firstScreen} px, after the headline, dek and byline`, async () => {
    const { page, close } = await openArticle(subject, 360);
    const sentence = await box(page, '.article-body > p');
    const byline = await box(page, '.article-meta');
    const text = await page.locator('.article-body > p').first().innerText();
    console.info(`${subject.name}: first sentence at ${Math.round(sentence.top)} px at 360 × 800`);
    expect(text.replace(/\s+/g, ' ')).toContain(firstWordsOf(subject.article.body));
    expect(sentence.top).toBeGreaterThan(byline.bottom);
    expect(sentence.top).toBeLessThanOrEqual(subject.firstScreen);
    // "By the numbers" follows the text.
    const body = await box(page, '.article-body');
    const panel = await box(page, '.numbers-panel');
    expect(panel.top).toBeGreaterThanOrEqual(body.bottom);
    await close();
  });

  it('places the lead chart right after the paragraph that first cites one of its numbers', async () => {
    const chart = subject.article.resolved.charts[0]!;
    const { page, close } = await openArticle(subject, 360);
    const placement = await page.evaluate(
      ({ chartId, ids }) => {
        const blocks = [...document.querySelector('.article-body')!.children];
        const cites = (block: Element) =>
          ids.some((id) => block.querySelector(`[data-figure="${id}"]`) || block.matches(`[data-fact="${id}"]`));
        return {
          chartAt: blocks.findIndex((block) => block.matches(`figure[data-chart="${chartId}"]`)),
          firstCitingAt: blocks.findIndex(cites),
        };
      },
      { chartId: chart.id, ids: chart.figures.map((item) => item.id) },
    );
    expect(placement.firstCitingAt).toBeGreaterThanOrEqual(0);
    expect(placement.chartAt).toBe(placement.firstCitingAt + 1);
    await close();
  });

  it('never starts a line with a "↩" back-link', async () => {
    const { page, close } = await openArticle(subject, 360);
    const alone = await page.$$eval('.sources a.back-link', (links) =>
      links.flatMap((link) => {
        // The last character of text before the link, and whether it sits on the link's line.
        const walker = document.createTreeWalker(link.closest('li')!, NodeFilter.SHOW_TEXT);
        let before: Text | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (link.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && node.textContent!.trim()) {
            if (!link.contains(node)) before = node as Text;
          }
        }
        if (!before) return [`${link.getAttribute('href')}: no text before it`];
        const end = before.textContent!.trimEnd().length;
        const range = document.createRange();
        range.setStart(before, end - 1);
        range.setEnd(before, end);
        const word = range.getBoundingClientRect();
        const mark = link.getBoundingClientRect();
        return Math.abs(word.bottom - mark.bottom) < word.height / 2
          ? []
          : [`${link.getAttribute('href')} wraps alone after "${before.textContent!.trim().slice(-20)}"`];
      }),
    );
    expect(await page.locator('.sources a.back-link').count()).toBeGreaterThan(0);
    expect(alone).toEqual([]);
    await close();
  });
});

describe.each(SUBJECTS)('$name at 1280 px', (subject) => {
  it('has the panel beside the text, from the top of the text', async () => {
    const { page, close } = await openArticle(subject, 1280);
    const body = await box(page, '.article-body');
    const panel = await box(page, '.numbers-panel');
    expect(panel.left).toBeGreaterThanOrEqual(body.right);
    expect(Math.abs(panel.top - body.top)).toBeLessThan(40);
    await close();
  });
});

describe('"By the numbers"', () => {
  it('shows five facts in full, those that differ first, and the rest one line each, linked to their boxes', async () => {
    const facts = heavy.resolved.facts;
    const differing = facts.filter((fact) => fact.comparison?.verdict === 'differs').map((fact) => fact.id);
    expect(facts).toHaveLength(15);
    expect(differing.length).toBeGreaterThan(1);
    const { page, close } = await openArticle(SUBJECTS[1]!, 360);
    const full = await page.$$eval('.numbers-panel .key-fact', (items) =>
      items.map((item) => item.getAttribute('data-key-fact')!),
    );
    const brief = await page.$$eval('.numbers-panel .numbers-brief li', (items) =>
      items.map((item) => ({
        id: item.getAttribute('data-key-fact')!,
        href: item.querySelector('a')!.getAttribute('href')!,
        text: (item as HTMLElement).innerText.replace(/\s+/g, ' '),
      })),
    );
    expect(full).toHaveLength(5);
    expect(full.slice(0, differing.length).sort()).toEqual([...differing].sort());
    expect([...full, ...brief.map((item) => item.id)].sort()).toEqual(facts.map((fact) => fact.id).sort());
    for (const item of brief) {
      const fact = heavy.resolved.byId.get(item.id)!;
      if (fact.kind !== 'fact') throw new Error(`${item.id} is not a fact`);
      expect(item.text).toContain(fact.title);
      expect(item.text).toContain(fact.display);
      if (fact.comparison) expect(item.text).toMatch(fact.comparison.verdict === 'matches' ? /✓/ : /≠/);
      const target = await page.locator(`[id="${item.href.slice(1)}"]`).getAttribute('data-fact');
      expect(target, `${item.href} is the fact's box`).toBe(item.id);
    }
    await close();
  });

  it('gives each differing verdict its amount', async () => {
    const { page, close } = await openArticle(SUBJECTS[0]!, 360);
    const verdicts = await page.$$eval('.numbers-panel [data-verdict="differs"]', (items) =>
      items.map((item) => (item as HTMLElement).innerText.replace(/\s+/g, ' ')),
    );
    // The seed's two checks: 100 × 210 and 40% × 60,000 against the stated 20,000.
    expect(verdicts).toEqual([
      expect.stringContaining('the stated 20,000: 1,000 fewer'),
      expect.stringContaining('the stated 20,000: 4,000 fewer'),
    ]);
    await close();
  });
});

describe('the fixture’s build', () => {
  it('is valid HTML on every page, headings going down one level at a time', async () => {
    const { pages, problems } = await htmlProblemsInSite(fixtureRoot);
    expect(pages).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('has no whitespace before punctuation on any page', async () => {
    const found: string[] = [];
    for (const file of await listPages(fixtureRoot)) {
      for (const place of spacesBeforePunctuation(await readText(fixtureRoot, file))) found.push(`${file}: ${place}`);
    }
    expect(found).toEqual([]);
  });

  it('sets the lists, tables and quotations an editor writes in Markdown as such', async () => {
    const { page, close } = await openArticle(SUBJECTS[1]!, 360, 'light');
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(`.prose-body > ${selector}`)!);
      return {
        list: style('ul').listStyleType,
        indented: Number.parseFloat(style('ul').paddingLeft) > 0,
        cellPadding: style('table td').paddingTop,
        cellRule: style('table td').borderBottomStyle,
        quoteRule: style('blockquote').borderLeftWidth,
      };
    });
    await close();
    expect(styles).toEqual({
      list: 'disc',
      indented: true,
      cellPadding: '6px',
      cellRule: 'solid',
      quoteRule: '3px',
    });
  });

  it('has no horizontal overflow and no WCAG 2.2 AA violation at 360 and 1280 px, light and dark', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const { page, close } = await openArticle(SUBJECTS[1]!, width, scheme);
        const where = `${scheme} ${width}px`;
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scroll > width) problems.push(`${where}: ${scroll}px wide`);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        });
        problems.push(...violations.map((violation) => `${where}: axe ${violation}`));
        await close();
      }
    }
    expect(problems).toEqual([]);
    // Four axe runs over a long page: about 7 s each with the machine busy.
  }, 120_000);
});

/** The body's first words as a reader sees them: before its first tag, with straight quotes curled. */
function firstWordsOf(body: string): string {
  return body.trim().split(/<|\n/)[0]!.split(/\s+/).slice(0, 4).join(' ').replace(/'/g, '’');
}
