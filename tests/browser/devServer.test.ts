/**
 * The editor's loop in `astro dev`, in Chromium: the project's own dev server on a copy of the
 * seed article, the article open in a tab, and the file saved with one mistake after another.
 * Each time the tab must reload by itself into the error page, naming the article's file and the
 * mistake's line (computed here from the saved text), with nothing of the article left on it;
 * after the fix, into the article again. Up to 5 s for each state, as the issue allows; nothing
 * here measures time.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { startDevServer, waitForPage, type DevServer } from '../support/devServer.ts';
import { checkArticle } from '../../src/check/checkArticle.ts';
import { slugForFile } from '../../src/check/checkContent.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';
import { siteConfig } from '../../src/siteConfig.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const NAME = 'new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const STATE_WAIT_MS = 5000;
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

const original = readFileSync(SEED, 'utf8');
const title = /^title: (.*)$/m.exec(original)![1]!;
const folder = mkdtempSync(join(tmpdir(), 'tally-dev-content-'));
const file = join(folder, NAME);
/** The file as the checker names it: relative to the project, where the server runs. */
const shownFile = relative(process.cwd(), file);
const path = `/articles/${slugForFile(NAME)}/`;

let server: DevServer;
let browser: Browser;
let page: Page;
let blocked: string[];
/** Where the broken title is reported. */
let yamlAt = '';

/** The 1-based line of the first line of `text` that includes `marker`. */
function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`no line includes ${marker}`);
  return index + 1;
}

/** `original` with `from` replaced by `to`, which must occur in it. */
function edited(from: string | RegExp, to: string): string {
  const text = original.replace(from, to);
  if (text === original) throw new Error(`the seed has no ${String(from)}`);
  return text;
}

beforeAll(async () => {
  copyFileSync(SEED, file);
  server = await startDevServer({ contentDir: folder });
  // The first request compiles the page: far longer than a save's 5 s.
  await waitForPage(`${server.origin}${path}`, (body) => body.includes('class="headline"'), 120_000);
  browser = await launchChromium();
  const context = await browser.newContext();
  blocked = await loopbackOnly(context);
  page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  await page.waitForSelector('h1.headline');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Saves `text` and waits for the open tab to show the error page with `line`, and every error the
 * checker finds in `text`, as `npm run check` prints it.
 */
async function expectErrorPage(text: string, line: number): Promise<string> {
  writeFileSync(file, text);
  const located = `${shownFile}:${line}:`;
  await expect
    .poll(
      async () =>
        (await page
          .locator('main')
          .textContent()
          .catch(() => '')) ?? '',
      { timeout: STATE_WAIT_MS },
    )
    .toContain(located);
  const shown = (await page.locator('main').textContent()) ?? '';
  const errors = checkArticle(text, { file: shownFile, locale: siteConfig.locale }).problems.filter(
    (problem) => problem.severity === 'error',
  );
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) expect(shown).toContain(formatProblem(error));
  // Nothing of the article's page is left: no headline, no body.
  expect(await page.locator('h1.headline').count()).toBe(0);
  expect(shown).not.toContain('How to cite this article');
  // The lines around the mistake, and a link that opens the file there.
  expect(await page.locator('pre.source mark').first().textContent()).toContain(`${line} | `);
  const links = await page
    .locator('.open a')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(links.some((link) => link?.startsWith(`vscode://file${encodeURI(file)}:${line}:`))).toBe(true);
  return shown;
}

describe('astro dev shows each mistake at its line, and the article again once fixed', () => {
  it('broken YAML (an unquoted colon in the title)', async () => {
    const text = edited(/^title: .*$/m, 'title: Russia: a New Wave');
    yamlAt = `${shownFile}:${lineOf(text, 'title: Russia: a New Wave')}:`;
    await expectErrorPage(text, lineOf(text, 'title: Russia: a New Wave'));
    // A reload asked for by hand gets the error page too, never the article from before.
    const reloaded = await fetch(`${server.origin}${path}`);
    expect(reloaded.status).toBe(500);
    expect(await reloaded.text()).not.toContain(title);
  });

  it('an unknown id in a formula', async () => {
    const text = edited('formula: targetShare * detainees', 'formula: targetShare * nope');
    await expectErrorPage(text, lineOf(text, 'formula: targetShare * nope'));
  });

  it('an unknown <Fig> id in the body', async () => {
    const text = edited('<Fig id="mobilized"', '<Fig id="nope"');
    await expectErrorPage(text, lineOf(text, '<Fig id="nope"'));
  });

  it('a formula adding numbers of different units', async () => {
    const text = edited('formula: perFacility * facilities', 'formula: perFacility + facilities');
    await expectErrorPage(text, lineOf(text, 'formula: perFacility + facilities'));
  });

  it('the home page lists the errors too while the article has them', async () => {
    const home = await fetch(`${server.origin}/`);
    expect(home.status).toBe(500);
    expect(await home.text()).toContain(shownFile);
  });

  it('the error page is valid HTML and carries the site’s Content-Security-Policy', async () => {
    const response = await fetch(`${server.origin}${path}`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(
      await response.text(),
    );
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('the error page has no WCAG 2.2 AA violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe goes in as an inline script, which the page's policy refuses: this tab sets it aside.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const axePage = await context.newPage();
      await axePage.goto(`${server.origin}${path}`);
      await axePage.addScriptTag({ path: AXE });
      const violations = await axePage.evaluate(async () => {
        type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> };
        const result = await (window as unknown as { axe: Axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((violation) => violation.id);
      });
      await context.close();
      expect(violations, colorScheme).toEqual([]);
    }
  });

  it('the fixed file: the article again, with its title, in the same tab', async () => {
    writeFileSync(file, original);
    await page.waitForSelector('h1.headline', { timeout: STATE_WAIT_MS });
    expect(await page.locator('h1.headline').textContent()).toContain(title);
    expect(await page.locator('#content-errors').count()).toBe(0);
    const home = await fetch(`${server.origin}/`);
    expect(home.status).toBe(200);
    expect(blocked).toEqual([]);
  });

  it('prints each change once, and that its errors are fixed', () => {
    const output = server.output();
    const fixed = output.split('\n').filter((line) => line.includes('its errors are fixed'));
    expect(fixed).toHaveLength(1);
    // The broken title was saved once and reported once; no stack traces from Tally's code.
    expect(output.split('\n').filter((line) => line.includes(yamlAt))).toHaveLength(1);
    expect(output).not.toMatch(/\n\s+at .*src\/(?:facts|lib)\//);
  });
});
