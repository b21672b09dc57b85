/**
 * The publishing outputs of the suite's build (`dist/`, the seed content, base `/`): feed,
 * sitemap, robots.txt, heads, social cards, JSON-LD, downloads, security headers and links.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFiguresCsv, buildFiguresJson } from '../../src/lib/buildFiguresDownload.ts';
import { siteConfig } from '../../src/siteConfig.ts';
import { headersForPath, parseCsp, parseHeadersFile } from '../support/headersFile.ts';
import {
  inlineScripts,
  isExecutable,
  listFiles,
  listPages,
  pageUrlPath,
  readText,
  searchFragments,
} from './builtSite.ts';
import {
  absolute,
  checkFeed,
  checkHeads,
  checkSitemap,
  readArticles,
  readJsonLd,
  type BuildUnderTest,
} from './checkBuiltSite.ts';
import type { ArticleFile } from './readArticle.ts';
import { htmlProblemsInSite } from './validateHtml.ts';
import { pngSize } from './pngSize.ts';

const build: BuildUnderTest = { root: 'dist', site: siteConfig.site, base: '/', contentDir: 'content/articles' };
let published: ArticleFile[];
let drafts: ArticleFile[];

beforeAll(async () => {
  ({ published, drafts } = await readArticles(build.contentDir));
  expect(published.length).toBeGreaterThan(0);
});

describe('feed and discovery', () => {
  it('lists every published article in the feed with its title, link, dek and date', async () => {
    await checkFeed(build, published);
  });

  it('lists every public page in the sitemap, named by robots.txt, and no draft', async () => {
    await checkSitemap(build, drafts);
  });

  it('gives every page a canonical URL, a description, Open Graph and Twitter tags and the feed link', async () => {
    await checkHeads(build);
  });

  it('has a 404 page at the root', async () => {
    expect(await readText(build.root, '404.html')).toContain('Page not found');
  });
});

describe('every page', () => {
  it('is valid HTML', async () => {
    const { pages, problems } = await htmlProblemsInSite(build.root);
    console.info(`html-validate: ${pages} pages, ${problems.length} problems`);
    expect(pages).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});

describe('article pages', () => {
  it('have a 1200×630 PNG social card named by og:image', async () => {
    for (const article of published) {
      const html = await readText(build.root, `articles/${article.slug}/index.html`);
      expect(html).toContain(
        `<meta property="og:image" content="${absolute(build, `articles/${article.slug}/og.png`)}"`,
      );
      expect(pngSize(await readFile(`${build.root}/articles/${article.slug}/og.png`))).toEqual({
        width: 1200,
        height: 630,
      });
    }
  });

  it('carry NewsArticle JSON-LD with the headline, dates at their precision, publisher, image and citations', async () => {
    for (const article of published) {
      const data = readJsonLd(await readText(build.root, `articles/${article.slug}/index.html`));
      expect(data).toMatchObject({
        '@type': 'NewsArticle',
        headline: article.frontmatter.title,
        description: article.frontmatter.dek,
        datePublished: String(article.frontmatter.published),
        image: [absolute(build, `articles/${article.slug}/og.png`)],
        publisher: { '@type': 'Organization', name: siteConfig.publisher },
      });
      expect(data.citation).toHaveLength(Object.keys(article.frontmatter.sources ?? {}).length);
    }
  });

  it('offer figures.json and figures.csv built from the same resolved article, linked as "Download the numbers"', async () => {
    for (const article of published) {
      const html = await readText(build.root, `articles/${article.slug}/index.html`);
      expect(html).toContain('Download the numbers');
      for (const format of ['csv', 'json'])
        expect(html).toContain(`href="/articles/${article.slug}/figures.${format}"`);
      const json = JSON.parse(await readText(build.root, `articles/${article.slug}/figures.json`));
      expect(json).toEqual(buildFiguresJson(article.resolved, { url: absolute(build, `articles/${article.slug}/`) }));
      expect(await readText(build.root, `articles/${article.slug}/figures.csv`)).toBe(
        buildFiguresCsv(article.resolved),
      );
    }
  });

  it('are indexed for search, and only the search page loads the search script', async () => {
    expect(JSON.parse(await readText(build.root, 'pagefind/pagefind-entry.json')).languages).toBeTruthy();
    // The search page loads Pagefind's UI through a small inline loader, once it has painted: no
    // page names Pagefind's files anywhere else, so none asks for them before its first paint.
    for (const file of await listPages(build.root)) {
      const html = await readText(build.root, file);
      const scripts = inlineScripts(html).filter(isExecutable);
      const loaders = scripts.filter(
        ({ content }) => content.includes('pagefind-component-ui.js') && content.includes('pagefind-component-ui.css'),
      );
      expect(loaders.length, file).toBe(file === 'search/index.html' ? 1 : 0);
      const outsideScripts = scripts.reduce((rest, { content }) => rest.replace(content, ''), html);
      expect(outsideScripts.includes('pagefind-component-ui'), file).toBe(false);
      expect(html.includes('data-pagefind-body'), file).toBe(file.startsWith('articles/'));
    }
  });

  it('are indexed by what they say, once, without the panels that repeat it', async () => {
    const fragments = await searchFragments(build.root);
    for (const { slug, resolved } of published) {
      const content = fragments.find((fragment) => fragment.url === `/articles/${slug}/`)?.content ?? '';
      const times = (text: string) => content.split(text).length - 1;
      expect(times(resolved.title), `${slug}: title`).toBe(1);
      expect(times(resolved.dek), `${slug}: dek`).toBe(1);
      for (const figure of resolved.figures) expect(content, `${slug}: figure label`).toContain(figure.label);
      for (const tag of resolved.tags) expect(content, `${slug}: tag`).toContain(tag);
      for (const fact of resolved.facts) {
        expect(content, `${slug}: fact title`).toContain(fact.title);
        expect(content, `${slug}: fact arithmetic`).toContain(fact.equation);
        if (fact.comparison) expect(content, `${slug}: verdict`).not.toContain(fact.comparison.summary);
      }
      for (const repeat of ['By the numbers', 'Download the numbers', 'How to cite this article']) {
        expect(content, slug).not.toContain(repeat);
      }
    }
  });
});

describe('security', () => {
  let rules: ReturnType<typeof parseHeadersFile>;

  beforeAll(async () => {
    rules = parseHeadersFile(await readText(build.root, '_headers'));
  });

  it('declares the security headers for every path, with no unsafe-inline script', () => {
    const headers = headersForPath(rules, '/articles/x/');
    const csp = parseCsp(headers['content-security-policy']!);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
  });

  it('allows every inline script in the built pages by its SHA-256 in script-src', async () => {
    // The reader finds the JSON-LD block, and sets it aside as data: CSP does not govern it.
    const article = inlineScripts(await readText(build.root, `articles/${published[0]!.slug}/index.html`));
    expect(article.map((script) => [script.type, isExecutable(script)])).toContainEqual(['application/ld+json', false]);
    for (const file of await listPages(build.root)) {
      const allowed = parseCsp(headersForPath(rules, pageUrlPath(file))['content-security-policy']!).get('script-src')!;
      for (const script of inlineScripts(await readText(build.root, file)).filter(isExecutable)) {
        const hash = createHash('sha256').update(script.content).digest('base64');
        expect(allowed, `${file}: inline script ${script.content.slice(0, 60)}…`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('gives every link to another site rel="noopener noreferrer"', async () => {
    let external = 0;
    for (const file of await listPages(build.root)) {
      for (const [tag] of (await readText(build.root, file)).matchAll(/<a\b[^>]*>/g)) {
        const href = /\shref="([^"]*)"/.exec(tag)?.[1] ?? '';
        if (!/^(https?:)?\/\//.test(href) || new URL(href, build.site).origin === new URL(build.site).origin) continue;
        external += 1;
        const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
        expect(rel, `${file}: ${tag}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
    expect(external).toBeGreaterThan(0);
  });

  it('writes no file whose name or content mentions the build machine', async () => {
    for (const file of await listFiles(build.root)) {
      if (!/\.(html|xml|json|csv|txt|js|css)$/.test(file)) continue;
      expect(await readText(build.root, file), file).not.toContain(process.cwd());
    }
  });
});
