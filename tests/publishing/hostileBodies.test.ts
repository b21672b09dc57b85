/**
 * Bodies the checker never saw, rendered by the article page as a build renders it
 * (`src/pages/articles/[slug]/index.astro` through Astro's Container API, so `articleBody` compiles
 * each body): every body of the hostile corpus, and one written to leave a mark if any of its code
 * ran. None of their code runs at build time; what they render holds none of their markup; and
 * served with no Content-Security-Policy, in Chromium, no page fires a dialog, goes anywhere, asks
 * another host for anything or hides the article, and none is wider than a 360 px screen.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ArticlePage from '../../src/pages/articles/[slug]/index.astro';
import SectionPage from '../../src/pages/sections/[section]/[...page].astro';
import TagPage from '../../src/pages/tags/[tag]/[...page].astro';
import { slugify } from '../../src/facts/slugify.ts';
import { setContentCheckGate } from '../../src/lib/contentCheckGate.ts';
import { splitFrontmatter } from '../../src/check/splitFrontmatter.ts';
import { readingTime } from '../../src/facts/readingTime.ts';
import { resolveArticle } from '../../src/facts/resolveArticle.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { siteConfig } from '../../src/siteConfig.ts';
import { articleInput } from '../support/articleInput.ts';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { htmlTags } from '../support/htmlTags.ts';
import { serveStatic, type StaticServer } from '../support/staticServer.ts';
import { listPages, readText } from './builtSite.ts';

const CORPUS = 'tests/fixtures/hostile/corpus';
/** Bodies nested past what a page can render: the renderer refuses them, naming the file. */
const TOO_DEEP = ['deep-elements', 'deep-list', 'deep-quote'];
/** A word longer than any screen, in every field an editor writes and in the body. */
const LONG_WORD = `Unbroken${'x'.repeat(400)}`;

type Ran = typeof globalThis & { __tallyRan?: string[] };

let scratch: string;
let markers: string;
let container: AstroContainer;

/** Frontmatter for every page: the corpus bodies write <Fig id="total" />. */
function articleData(overrides: Record<string, unknown> = {}) {
  const input = articleInput(overrides);
  const figures = { ...(input.figures as object), total: { value: 100, format: 'count', source: 'istories' } };
  return articleSchema.parse({ ...input, figures });
}

/** An article as the build hands it to its pages, with `body` as its text. */
function articleFor(slug: string, body: string, data = articleData()) {
  const file = `content/articles/${slug}.mdx`;
  const resolved = resolveArticle(data, { file, locale: siteConfig.locale });
  const entry = { id: slug, collection: 'articles', data, body, filePath: file, digest: slug };
  return { slug, entry, resolved, status: 'published', readingTime: readingTime(body) } as const;
}

/** A page as the build renders it, or the error that stopped it. */
async function renderPage(
  page: Parameters<AstroContainer['renderToString']>[0],
  path: string,
  props: Record<string, unknown>,
  params: Record<string, string>,
): Promise<string | Error> {
  try {
    return await container.renderToString(page, {
      props,
      params,
      request: new Request(new URL(path, siteConfig.site)),
    });
  } catch (error) {
    return error as Error;
  }
}

/** The article page for `body`, as the build renders it, or the error that stopped it. */
function renderArticlePage(slug: string, body: string, data = articleData()): Promise<string | Error> {
  return renderPage(ArticlePage, `/articles/${slug}/`, { article: articleFor(slug, body, data) }, { slug });
}

/** The first page of the section or tag `name` listing `article` alone. */
function renderShelfPage(
  by: 'sections' | 'tags',
  name: string,
  article: ReturnType<typeof articleFor>,
): Promise<string | Error> {
  const slug = slugify(name);
  const path = `/${by}/${slug}/`;
  const page = {
    data: [article],
    start: 0,
    end: 0,
    total: 1,
    currentPage: 1,
    size: 20,
    lastPage: 1,
    url: { current: path, prev: undefined, next: undefined, first: undefined, last: undefined },
  };
  const params: Record<string, string> = { [by === 'sections' ? 'section' : 'tag']: slug };
  return renderPage(
    by === 'sections' ? SectionPage : TagPage,
    path,
    { shelf: { name, slug, articles: [article] }, page },
    params,
  );
}

/** The corpus's bodies by file name (without `.mdx`), as the renderer would get them from a file. */
function corpusBodies(): [string, string][] {
  return (
    readdirSync(CORPUS)
      // The link's target is a valid article of other figures: no attack of its own to render.
      .filter((name) => /\.mdx$/i.test(name) && !['..mdx', 'symbolic-link.mdx'].includes(name))
      .map((name) => {
        const split = splitFrontmatter(readFileSync(join(CORPUS, name), 'utf8'));
        return [name.replace(/\.mdx$/i, '').normalize('NFC'), split.ok ? split.article.body.trim() : ''];
      })
  );
}

/** A body whose every construct that could run code leaves a file in `folder`, or a flag, if it does. */
function markingBody(folder: string): string {
  const mark = (label: string) =>
    `(globalThis.__tallyRan ??= []).push('${label}'), process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(folder, label))}, '${label}')`;
  return [
    `Before the code. {${mark('expression')}}`,
    '',
    `export const leak = (${mark('export')})`,
    '',
    `<Fig id="total" title={${mark('attribute')}} {...(${mark('spread')}, {})} />`,
    '',
    `<abbr title="United Nations" onClick={() => ${mark('handler')}}>UN</abbr> {(() => { ${mark('function')} })()}`,
    '',
    'After the code.',
  ].join('\n');
}

/** The article body's HTML in a rendered page: up to the "By the numbers" panel, or the page's end matter. */
function bodyHtml(html: string): string {
  const start = html.indexOf('>', html.indexOf('<div class="article-body')) + 1;
  const ends = ['<aside class="numbers-panel', '<div class="article-end']
    .map((marker) => html.indexOf(marker, start))
    .filter((index) => index > 0);
  const end = Math.min(...ends);
  expect(start).toBeGreaterThan(0);
  return html.slice(start, end);
}

const rendered = new Map<string, string | Error>();
/** Section and tag pages, for the width check alone. */
const shelves = new Map<string, string | Error>();

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'tally-hostile-pages-'));
  markers = join(scratch, 'marks');
  mkdirSync(markers);
  // As in a build, the pages' lists read the passed check (here, of no other article), not
  // Astro's content store, which the Container API leaves empty and warns about.
  setContentCheckGate(Promise.resolve(new Map()));
  container = await AstroContainer.create({ astroConfig: { site: siteConfig.site } } as never);
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  delete (globalThis as Ran).__tallyRan;
  for (const [slug, body] of corpusBodies()) rendered.set(slug, await renderArticlePage(slug, body));
  rendered.set('marks', await renderArticlePage('marks', markingBody(markers)));
  const longWords = articleData({
    title: `The ${LONG_WORD} title`,
    dek: `A dek with ${LONG_WORD}.`,
    section: LONG_WORD.slice(0, 200),
    tags: [LONG_WORD.slice(0, 200)],
    sources: { istories: { publisher: `Publisher ${LONG_WORD}`, url: `https://example.org/${LONG_WORD}` } },
  });
  const longBody = `A body with ${LONG_WORD} in it, and a link to [${LONG_WORD}](https://example.org/${LONG_WORD}).\n\n<Fig id="total" />`;
  rendered.set('long-words', await renderArticlePage('long-words', longBody, longWords));
  const longArticle = articleFor('long-words', longBody, longWords);
  shelves.set('section-long-words', await renderShelfPage('sections', longWords.section, longArticle));
  shelves.set('tag-long-words', await renderShelfPage('tags', longWords.tags[0]!, longArticle));
}, 120_000);

afterAll(() => {
  setContentCheckGate(undefined);
  rmSync(scratch, { recursive: true, force: true });
});

describe('a body that reaches the renderer without the checker', () => {
  it('never runs its code: no expression, export, attribute, spread or handler leaves a mark', () => {
    const html = rendered.get('marks');
    expect(html).toBeTypeOf('string');
    expect(readdirSync(markers)).toEqual([]);
    expect((globalThis as Ran).__tallyRan).toBeUndefined();
    expect(bodyHtml(html as string)).toMatch(
      /Before the code\.[\s\S]*<abbr title="United Nations">UN<\/abbr>[\s\S]*After the code\./,
    );
  });

  it('renders every corpus body but those too deep to render, which stop with their file named', () => {
    const refused = [...rendered].filter(([, html]) => html instanceof Error);
    expect(refused.map(([slug]) => slug).sort()).toEqual(TOO_DEEP);
    for (const [slug, error] of refused) {
      expect((error as Error).message).toMatch(
        new RegExp(`^content/articles/${slug}\\.mdx: the MDX body does not compile: .*too deep`),
      );
    }
    expect(rendered.size).toBeGreaterThanOrEqual(50);
  });

  it('leaves none of their code, elements, handlers, styles or refused link targets in the page', () => {
    const refusedTags = new Set([
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'meta',
      'base',
      'link',
      'svg',
      'img',
      'div',
    ]);
    for (const [slug, html] of rendered) {
      if (html instanceof Error) continue;
      const body = bodyHtml(html);
      const tags = htmlTags(body);
      expect(
        tags.filter((tag) => refusedTags.has(tag.name)).map((tag) => tag.name),
        slug,
      ).toEqual([]);
      expect(
        tags.flatMap((tag) => [...tag.attributes.keys()].filter((name) => /^on|^style$|^srcdoc$/i.test(name))),
        slug,
      ).toEqual([]);
      expect(body, slug).not.toMatch(/javascript:|data:image|process\.|getBuiltinModule|hunter2/i);
    }
  });
});

describe('hostile pages in Chromium, served without any Content-Security-Policy', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    // The site's own stylesheet, as the build inlines it into every page.
    const seedPage = (await listPages('dist')).find((file) => file.startsWith('articles/'))!;
    const styles = (await readText('dist', seedPage)).match(/<style[^>]*>[\s\S]*?<\/style>/g) ?? [];
    expect(styles.length).toBeGreaterThan(0);
    const root = join(scratch, 'site');
    for (const [slug, html] of [...rendered, ...shelves]) {
      if (html instanceof Error) continue;
      mkdirSync(join(root, 'articles', slug), { recursive: true });
      writeFileSync(join(root, 'articles', slug, 'index.html'), html.replace('</head>', `${styles.join('')}</head>`));
    }
    // What the harness must see when an attack is not removed: the same markup, written raw.
    mkdirSync(join(root, 'control'));
    writeFileSync(
      join(root, 'control', 'index.html'),
      `<!doctype html><html><body><p style="white-space:nowrap">${LONG_WORD}</p><img src="x" onerror="alert('control')"></body></html>`,
    );
    server = await serveStatic({ root });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('see the dialog and the overflow of an attack written into a page raw: the checks below can fail', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.origin}/control/`, { waitUntil: 'load' });
    await page.waitForTimeout(150);
    expect(dialogs).toEqual(['control']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeGreaterThan(360);
    await context.close();
  });

  it('fire no dialog, go nowhere, ask no other host for anything and keep the article visible', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const blocked = await loopbackOnly(context);
    const page = await context.newPage();
    // Any page opened after this one was opened by a hostile page.
    const popups: string[] = [];
    context.on('page', (opened) => popups.push(opened.url()));
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    let checked = 0;
    for (const [slug, html] of rendered) {
      if (html instanceof Error) continue;
      const url = new URL(`/articles/${slug}/`, server.origin).href;
      await page.goto(url, { waitUntil: 'load' });
      // Time for a refresh, a timer or an image's error handler to fire, were there one.
      await page.waitForTimeout(150);
      expect(page.url(), slug).toBe(url);
      const article = page.locator('article.article');
      expect(await article.isVisible(), slug).toBe(true);
      expect((await article.boundingBox())?.height, slug).toBeGreaterThan(200);
      expect(await page.locator('.article-body').innerText(), slug).toMatch(/The total is|Before the code|body with/);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${slug} is ${width} px wide`).toBeLessThanOrEqual(360);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(50);
    expect(dialogs).toEqual([]);
    expect(popups).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  }, 120_000);

  it('fit the section and tag pages of an article with long words on a 360 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    expect([...shelves.values()].filter((html) => html instanceof Error)).toEqual([]);
    for (const slug of shelves.keys()) {
      await page.goto(`${server.origin}/articles/${slug}/`, { waitUntil: 'load' });
      expect(await page.locator('.article-card-title').innerText(), slug).toContain(LONG_WORD.slice(0, 40));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${slug} is ${width} px wide`).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
});
