/**
 * Every page type, at phone, tablet and desktop widths, in light and dark: no horizontal
 * overflow, no console errors, no blocked requests, zero axe-core WCAG 2.2 AA violations, and a
 * text alternative on every image and chart.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/staticServer.ts';
import { readArticle } from '../support/readArticle.ts';
import { slugify } from '../../src/facts/slugify.ts';
import { comparePartialDates } from '../../src/facts/partialDate.ts';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [360, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

const articles = readdirSync('content/articles')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readArticle(`content/articles/${name}`))
  .filter((article) => !article.resolved.draft)
  .sort((a, b) => comparePartialDates(b.resolved.published, a.resolved.published));
const newest = articles[0]!;

const PAGES: [type: string, path: string][] = [
  ['home', '/'],
  ['article', `/articles/${newest.slug}/`],
  ['section', `/sections/${slugify(newest.resolved.section)}/`],
  ['tag', `/tags/${slugify(newest.resolved.tags[0]!)}/`],
  ['about', '/about/'],
  ['archive', '/archive/'],
  ['404', '/no-such-page/'],
];

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

let browser: Browser;
let server: StaticServer;
const contexts = new Map<string, { context: BrowserContext; page: Page; errors: string[]; blocked: string[] }>();

beforeAll(async () => {
  server = await serveStatic({ root: 'dist' });
  browser = await launchChromium();
  for (const scheme of SCHEMES) {
    // axe goes in as an inline script, which the page's own policy (its CSP meta tag) refuses.
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width: WIDTHS[0]!, height: 800 },
      bypassCSP: true,
    });
    const blocked = await loopbackOnly(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // The 404 page is meant to arrive with status 404; Chromium logs that for the document itself.
      const isExpected404 =
        /status of 404/.test(message.text()) &&
        message.location().url === page.url() &&
        page.url().includes('no-such-page');
      if (!isExpected404) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    contexts.set(scheme, { context, page, errors, blocked });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function problemsOn(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (overflow.scroll > overflow.client) problems.push(`overflows: ${overflow.scroll}px wide in ${overflow.client}px`);

  const missingAlternatives = await page.evaluate(() => {
    const missing: string[] = [];
    for (const image of document.querySelectorAll('img')) {
      if (!image.hasAttribute('alt')) missing.push(`img ${image.src}`);
    }
    for (const svg of document.querySelectorAll('svg')) {
      if (svg.getAttribute('aria-hidden') === 'true') continue;
      const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = [
        svg.getAttribute('aria-label') ?? '',
        ...ids.map((id) => document.getElementById(id)?.textContent ?? ''),
      ]
        .join('')
        .trim();
      if (svg.getAttribute('role') !== 'img' || !name) missing.push(`svg ${svg.outerHTML.slice(0, 80)}`);
    }
    return missing;
  });
  problems.push(...missingAlternatives.map((item) => `no text alternative: ${item}`));

  await page.addScriptTag({ path: AXE });
  const axe = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    AXE_TAGS,
  );
  for (const violation of axe.violations) {
    problems.push(
      `axe ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }
  return problems.map((problem) => `${path}: ${problem}`);
}

describe('every page type at 360, 768 and 1280 px, light and dark', () => {
  it.each(PAGES)('%s page (%s) has no overflow, console errors or WCAG 2.2 AA violations', async (type, path) => {
    const problems: string[] = [];
    let checked = 0;
    for (const scheme of SCHEMES) {
      const { page, errors, blocked } = contexts.get(scheme)!;
      for (const width of WIDTHS) {
        errors.length = 0;
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        expect(response?.status(), `${path} status`).toBe(type === '404' ? 404 : 200);
        const where = `${scheme} ${width}px`;
        problems.push(...(await problemsOn(page, path)).map((problem) => `[${where}] ${problem}`));
        problems.push(...errors.map((error) => `[${where}] ${path}: console error: ${error}`));
        checked += 1;
      }
      problems.push(...blocked.map((url) => `[${scheme}] request left 127.0.0.1: ${url}`));
    }
    expect(problems).toEqual([]);
    expect(checked).toBe(WIDTHS.length * SCHEMES.length);
  });

  it('catches a planted violation, overflow and missing alternative (the checks can fail)', async () => {
    const { page } = contexts.get('light')!;
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${server.origin}/about/`);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        '<p style="color:#eee;background:#fff">faint</p><svg width="900" height="10"><rect width="900" height="10"></rect></svg>',
      );
    });
    const problems = await problemsOn(page, '/about/');
    expect(problems.some((problem) => problem.includes('axe color-contrast'))).toBe(true);
    expect(problems.some((problem) => problem.includes('overflows'))).toBe(true);
    expect(problems.some((problem) => problem.includes('no text alternative: svg'))).toBe(true);
  });

  it('renders dark colours when the reader prefers dark', async () => {
    const colours: Record<string, string> = {};
    for (const scheme of SCHEMES) {
      const { page } = contexts.get(scheme)!;
      await page.goto(`${server.origin}/`);
      colours[scheme] = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    }
    const lightness = (colour: string) => {
      const [r, g, b] = colour.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(lightness(colours.light!)).toBeGreaterThan(200);
    expect(lightness(colours.dark!)).toBeLessThan(60);
  });
});
