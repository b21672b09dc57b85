/**
 * The built site in Chromium, served with the headers `_headers` declares: every page type loads
 * with no Content-Security-Policy violation and no script error, search finds the seed article by
 * a word of its text, and the theme toggle works.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/staticServer.ts';
import { headersForPath, parseHeadersFile } from '../support/headersFile.ts';
import { listPages, pageUrlPath } from './builtSite.ts';

const DIST = 'dist';
const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let blocked: string[];

interface PageProblems {
  csp: string[];
  errors: string[];
}

async function openPage(path: string): Promise<{ page: Page; status: number | undefined; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { csp: [], errors: [] };
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) problems.csp.push(message.text());
    // A failed load is reported below with its URL; the 404 page's own status is expected.
    else if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.errors.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  await page.exposeFunction('reportCspViolation', (text: string) => problems.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { page, status: response?.status(), problems };
}

/** One page of each kind the build has: the home page, and the first page under each top folder. */
async function pagePerType(): Promise<string[]> {
  const byType = new Map<string, string>();
  for (const file of await listPages(DIST)) {
    const type = file.includes('/') ? file.split('/')[0]! : file;
    if (!byType.has(type)) byType.set(type, pageUrlPath(file));
  }
  byType.set('unknown address', '/no-such-page/');
  return [...byType.values()];
}

/** The longest word of the seed article's prose, which search must find. */
async function wordFromSeedText(): Promise<string> {
  const body = (await readFile(SEED, 'utf8')).split(/^---$/m)[2]!.replace(/<[^>]*>/g, ' ');
  return body.match(/[A-Za-z]+/g)!.reduce((longest, word) => (word.length > longest.length ? word : longest));
}

beforeAll(async () => {
  const rules = parseHeadersFile(await readFile(`${DIST}/_headers`, 'utf8'));
  server = await serveStatic({ root: DIST, headersFor: (path) => headersForPath(rules, path) });
  browser = await launchChromium();
  context = await browser.newContext();
  blocked = await loopbackOnly(context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built site under its Content-Security-Policy', () => {
  it('sends the policy from _headers with every page', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('loads every page type with no CSP violation and no script error', async () => {
    const paths = await pagePerType();
    expect(paths).toEqual(expect.arrayContaining(['/', '/search/', expect.stringMatching(/^\/articles\/[^/]+\/$/)]));
    for (const path of paths) {
      const { page, status, problems } = await openPage(path);
      expect(status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      expect(problems, path).toEqual({ csp: [], errors: [] });
      await page.close();
    }
    expect(blocked).toEqual([]);
  });

  it('finds the seed article by a word of its text on the search page', async () => {
    const word = await wordFromSeedText();
    const { page, problems } = await openPage('/search/');
    await page.locator('pagefind-input input').fill(word);
    const result = page.locator('pagefind-results a[href*="/articles/"]').first();
    await result.waitFor({ timeout: 15_000 });
    expect(await result.getAttribute('href')).toMatch(
      /^\/articles\/new-wave-of-mobilization-and-conscripting-prisoners-in-russia\//,
    );
    expect(problems).toEqual({ csp: [], errors: [] });
    await page.close();
  });

  it('switches the theme with the toggle', async (test) => {
    const { page, problems } = await openPage('/');
    const toggle = page.locator('[data-theme-toggle]').first();
    if ((await toggle.count()) === 0) test.skip('this build has no theme toggle yet');
    const before = await page.evaluate(
      () =>
        document.documentElement.dataset.theme ??
        (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
    );
    await toggle.click();
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(after).toBe(before === 'dark' ? 'light' : 'dark');
    expect(problems).toEqual({ csp: [], errors: [] });
    await page.close();
  });
});
