/**
 * The article page in a real browser: provenance cards by keyboard and without JavaScript, the
 * theme toggle across a reload, the chart against the frontmatter, the words around inline
 * figures, links back from the sources, and the print stylesheet.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/staticServer.ts';
import { readArticle, type ArticleFile } from '../support/readArticle.ts';
import { readingTime } from '../../src/facts/readingTime.ts';
import { slugify } from '../../src/facts/slugify.ts';
import { comparePartialDates } from '../../src/facts/partialDate.ts';
import { siteConfig } from '../../src/siteConfig.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

// The seed article: the one with a chart, so every check below has something to check.
const published = readdirSync('content/articles')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readArticle(`content/articles/${name}`))
  .filter((candidate) => !candidate.resolved.draft);
const article: ArticleFile = published.find((candidate) => candidate.resolved.charts.length > 0)!;
const path = `/articles/${article.slug}/`;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let blocked: string[];

beforeAll(async () => {
  server = await serveStatic({ root: 'dist' });
  browser = await launchChromium();
  // axe goes in as an inline script, which the page's own policy (its CSP meta tag) refuses.
  context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  blocked = await loopbackOnly(context);
  page = await context.newPage();
});

afterAll(async () => {
  expect(blocked).toEqual([]);
  await browser?.close();
  await server?.close();
});

async function open(): Promise<void> {
  await page.goto(`${server.origin}${path}`);
}

describe('provenance cards', () => {
  it('opens a figure’s card from the keyboard, showing its source, and closes it with Escape', async () => {
    await open();
    let focused: string | null = null;
    for (let presses = 0; presses < 60 && !focused; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => document.activeElement?.closest('[data-figure]')?.getAttribute('data-figure') ?? null,
      );
    }
    expect(focused, 'a figure button is reachable with Tab').not.toBeNull();
    const figure = article.resolved.byId.get(focused!);
    if (figure?.kind !== 'figure') throw new Error(`${focused} is not a figure`);

    await page.keyboard.press('Enter');
    const card = page.locator(`[data-figure="${figure.id}"] .fig-card`).first();
    await expect.poll(() => card.evaluate((element) => element.matches(':popover-open')), { timeout: 5000 }).toBe(true);
    expect(await card.isVisible()).toBe(true);
    const text = await card.innerText();
    expect(text).toContain(figure.label);
    expect(text).toContain(figure.source ? figure.source.publisher : 'unattributed');
    if (figure.asOf) expect(text).toContain(figure.asOf.display);

    await page.keyboard.press('Escape');
    await expect
      .poll(() => card.evaluate((element) => element.matches(':popover-open')), { timeout: 5000 })
      .toBe(false);
  });

  it('shows every figure’s source, claimant and date in its card, with an open card passing axe', async () => {
    await open();
    for (const figure of article.resolved.figures) {
      const mention = page.locator(`[data-figure="${figure.id}"]`).first();
      if ((await mention.count()) === 0) continue;
      await mention.locator('.fig-number').click();
      const card = mention.locator('.fig-card');
      expect(await card.isVisible(), `${figure.id} card opens`).toBe(true);
      const source = await card.locator('[data-fig-source]').innerText();
      expect(source).toContain(figure.source ? figure.source.publisher : 'unattributed');
      const text = await card.innerText();
      expect(text).toContain(figure.label);
      expect(text).toMatch(/stated as/i);
      expect(text).toContain(figure.qualifier);
      expect(text).toContain(figure.asOf ? figure.asOf.display : 'not stated');
      if (figure.claimedBy) expect(text).toContain(figure.claimedBy);
      await page.keyboard.press('Escape');
    }
    await page.locator('.fig-number').first().click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: Element, o: object) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      const result = await axe.run(document.querySelector('.fig-card:popover-open')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
  });

  it('opens a card with JavaScript turned off, where the theme button is hidden', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const denied = await loopbackOnly(noScript);
    const plain = await noScript.newPage();
    await plain.goto(`${server.origin}${path}`);
    await plain.locator('.fig-number').first().click();
    expect(await plain.locator('.fig-card').first().isVisible()).toBe(true);
    // A theme button that could do nothing is not offered.
    expect(await plain.locator('[data-theme-toggle]').isVisible()).toBe(false);
    const width = await plain.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await noScript.close();
    expect(denied).toEqual([]);
  });

  it('gives every element a unique id, and every mention its own', async () => {
    await open();
    const duplicates = await page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
      return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
    });
    expect(duplicates).toEqual([]);
  });

  it('links each figure in the sources list back to every place the text cites it', async () => {
    await open();
    const mentionsInSource = [...article.body.matchAll(/<Fig\s+id="(\w+)"/g)].map((match) => match[1]!);
    const backLinks = await page.$$eval('.sources a.back-link', (links) =>
      links.map((link) => link.getAttribute('href')!),
    );
    expect(backLinks).toHaveLength(mentionsInSource.length);
    for (const href of backLinks) {
      const figureId = await page.evaluate(
        (id) => document.getElementById(id)?.getAttribute('data-figure'),
        href.slice(1),
      );
      expect(figureId, `${href} points at a figure`).toBeTruthy();
    }
    const counted = backLinks.map((href) => href.replace(/^#fig-(\w+)-\d+$/, '$1')).sort();
    expect(counted).toEqual([...mentionsInSource].sort());
    const unattributed = await page.$$eval('#unattributed [data-cited-figure]', (items) =>
      items.map((item) => item.getAttribute('data-cited-figure')),
    );
    expect(unattributed).toEqual(article.resolved.unattributed.map((figure) => figure.id));
  });

  it('keeps the words and spaces around every inline figure', async () => {
    await open();
    const text = (await page.locator('.article-body').innerText()).replace(/\s+/g, ' ');
    const around = /([\p{L}\p{N},.’'“”-]+ ?)<Fig id="(\w+)" \/>( ?[\p{L}\p{N},.’'“”-]+)/gu;
    let checked = 0;
    for (const [, before, id, after] of article.body.matchAll(around)) {
      const figure = article.resolved.byId.get(id!)!;
      expect(text).toContain(`${before}${figure.display}${after}`);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('article furniture', () => {
  it('shows reading time, dates, tags, a citation, and neighbours only when they exist', async () => {
    await open();
    const meta = await page.locator('.article-meta').innerText();
    expect(meta).toContain(readingTime(article.body).display);
    expect(meta).toContain(article.resolved.published.display);
    if (article.resolved.updated) expect(meta).toContain(`Updated ${article.resolved.updated.display}`);
    else expect(meta).not.toContain('Updated');

    const tags = await page.$$eval('.tags a', (links) =>
      links.map((link) => [link.textContent, link.getAttribute('href')]),
    );
    expect(tags).toEqual(article.resolved.tags.map((tag) => [tag, `/tags/${slugify(tag)}/`]));

    const citation = await page.locator('[data-citation]').innerText();
    for (const part of [
      article.resolved.title,
      siteConfig.name,
      article.resolved.published.display,
      `${siteConfig.site}/articles/${article.slug}/`,
    ]) {
      expect(citation).toContain(part);
    }

    // loadArticles' order: newest first, then by title.
    const order = [...published].sort(
      (a, b) =>
        comparePartialDates(b.resolved.published, a.resolved.published) ||
        a.resolved.title.localeCompare(b.resolved.title, siteConfig.locale),
    );
    const index = order.indexOf(article);
    const expected = [order[index - 1], order[index + 1]].flatMap((neighbour) =>
      neighbour ? [`/articles/${neighbour.slug}/`] : [],
    );
    expect(await page.$$eval('.pager a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(expected);
  });
});

describe('fact boxes', () => {
  it('say every verdict in words, with each input’s source', async () => {
    await open();
    for (const fact of article.resolved.facts) {
      const box = page.locator(`.article [data-fact="${fact.id}"]`).first();
      expect(await box.count(), `${fact.id} has a fact box`).toBe(1);
      const text = (await box.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(fact.equation);
      for (const input of fact.inputs) {
        if (input.kind === 'figure') expect(text).toContain(input.source ? input.source.publisher : 'none named');
      }
      if (fact.comparison) {
        const verdict = (await box.locator('[data-verdict]').innerText()).replace(/\s+/g, ' ');
        expect(verdict).toContain(fact.comparison.verdict === 'matches' ? 'MATCHES' : 'DIFFERS');
        expect(verdict).toContain(fact.comparison.summary);
      }
    }
  });
});

describe('the chart', () => {
  it('tabulates exactly the frontmatter’s values and draws them to scale', async () => {
    await open();
    for (const chart of article.resolved.charts) {
      const figure = page.locator(`figure[data-chart="${chart.id}"]`).first();
      await figure.locator('summary').click();
      const rows = await figure.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-id'),
          value: Number(tr.getAttribute('data-value')),
          cells: [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim()),
        })),
      );
      const input = article.data.charts.find((candidate) => candidate.id === chart.id)!;
      expect(rows.map((row) => row.id)).toEqual(input.figures);
      const expectedValues = input.figures.map(
        (id) => article.frontmatter.figures[id]?.value ?? article.resolved.byId.get(id)!.value,
      );
      expect(rows.map((row) => row.value)).toEqual(expectedValues);
      for (const [index, item] of chart.figures.entries()) {
        expect(rows[index]!.cells.slice(0, 2)).toEqual([
          item.kind === 'figure' ? item.label : item.title,
          item.display,
        ]);
      }

      const largest = Math.max(...expectedValues);
      const widths = await figure
        .locator('rect.chart-bar')
        .evaluateAll((rects) => rects.map((rect) => rect.getAttribute('width')));
      expect(widths.map((width) => parseFloat(width!))).toEqual(
        expectedValues.map((value) => expect.closeTo((value / largest) * 100, 1)),
      );
      const name = await figure.locator('svg[role="img"]').evaluate((svg) =>
        svg
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => document.getElementById(id)!.textContent)
          .join(' '),
      );
      expect(name).toContain(chart.title);
      for (const item of chart.figures) expect(name).toContain(item.display);
    }
  });
});

describe('theme', () => {
  it('is the page’s only script; the button says what it does, in light and dark, across a reload', async () => {
    await open();
    // JSON-LD is data, not a script that runs.
    const scripts = await page.$$eval('script:not([type="application/ld+json"])', (elements) =>
      elements.map((element) => ({ src: (element as HTMLScriptElement).src, text: element.textContent! })),
    );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.src).toBe('');
    expect(scripts[0]!.text.length).toBeLessThan(1024);
    // Byte for byte what ThemeScript.astro holds, so the hash in the CSP stays valid.
    const source = readFileSync('src/components/ThemeScript.astro', 'utf8');
    expect(source).toContain(`<script is:inline>${scripts[0]!.text}</script>`);

    const before = await themeState(page);
    expect(before).toMatchObject({ theme: null, button: '- button "Use dark theme"', pressed: null });

    await page.locator('[data-theme-toggle]').focus();
    await page.keyboard.press('Enter');
    const dark = await themeState(page);
    expect(dark).toMatchObject({ theme: 'dark', button: '- button "Use light theme"', pressed: null });
    expect(dark.background).not.toBe(before.background);

    await page.reload();
    expect(await themeState(page)).toEqual(dark);

    await page.locator('[data-theme-toggle]').click();
    await page.reload();
    expect(await themeState(page)).toEqual({ ...before, theme: 'light' });
  });

  it('says what it does to a reader whose system is dark, and switches them to light', async () => {
    const darkContext = await browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 800 } });
    const denied = await loopbackOnly(darkContext);
    const darkPage = await darkContext.newPage();
    try {
      await darkPage.goto(`${server.origin}${path}`);
      const before = await themeState(darkPage);
      expect(before).toMatchObject({ theme: null, button: '- button "Use light theme"', pressed: null });
      await darkPage.getByRole('button', { name: 'Use light theme', exact: true }).click();
      const after = await themeState(darkPage);
      expect(after).toMatchObject({ theme: 'light', button: '- button "Use dark theme"', pressed: null });
      expect(after.background).not.toBe(before.background);
      expect(denied).toEqual([]);
    } finally {
      await darkContext.close();
    }
  });
});

/** The theme on <html>, the toggle as assistive technology reads it, and the page's background. */
async function themeState(on: Page) {
  const toggle = on.locator('[data-theme-toggle]');
  return {
    theme: await on.evaluate(() => document.documentElement.dataset.theme ?? null),
    button: await toggle.ariaSnapshot(),
    // A button named for its action is not also a toggle: no pressed state to contradict it.
    pressed: await toggle.getAttribute('aria-pressed'),
    background: await on.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  };
}

describe('under a strict Content-Security-Policy', () => {
  it('runs the hashed theme script and nothing else, with no violations', async () => {
    const source = readFileSync('src/components/ThemeScript.astro', 'utf8');
    const script = /<script is:inline>([\s\S]*?)<\/script>/.exec(source)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    // The stylesheet is inlined (one round trip paints the page): allow exactly those <style> blocks.
    const built = readFileSync(`dist${path}index.html`, 'utf8');
    const styles = [...built.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
    );
    expect(styles.length).toBeGreaterThan(0);
    const policy = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'self' ${styles.join(' ')}; img-src 'self'; base-uri 'none'; form-action 'none'`;
    const strict = await serveStatic({ root: 'dist', headersFor: () => ({ 'content-security-policy': policy }) });
    const strictContext = await browser.newContext({ colorScheme: 'light' });
    const denied = await loopbackOnly(strictContext);
    const strictPage = await strictContext.newPage();
    const errors: string[] = [];
    strictPage.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await strictPage.goto(`${strict.origin}${path}`);
      await strictPage.locator('[data-theme-toggle]').click();
      expect(await strictPage.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await strictPage.locator('.fig-number').first().click();
      expect(await strictPage.locator('.fig-card').first().isVisible()).toBe(true);
      expect(errors).toEqual([]);
      expect(denied).toEqual([]);
    } finally {
      await strictContext.close();
      await strict.close();
    }
  });
});

describe('print', () => {
  it('writes out the web address of every linked source', async () => {
    await open();
    await page.emulateMedia({ media: 'print' });
    const links = await page.$$eval('.sources a[href^="http"]', (anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href'),
        after: getComputedStyle(anchor, '::after').content,
      })),
    );
    const urls = article.resolved.sources.flatMap((source) => (source.url ? [source.url] : []));
    expect(links.map((link) => link.href)).toEqual(urls);
    for (const link of links) expect(link.after).toContain(link.href);
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
