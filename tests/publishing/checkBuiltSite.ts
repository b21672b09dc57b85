/**
 * Checks shared by the test of `dist/` and the test of the sub-path build: the feed, the sitemap,
 * robots.txt and the head of every page, all compared with the articles the build was given.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import { partialDateStart } from '../../src/facts/partialDate.ts';
import { listPages, pageUrlPath, readText } from './builtSite.ts';
import { readArticle, type ArticleFile } from './readArticle.ts';
import { xmlProblems } from './wellFormed.ts';

const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false });

export interface BuildUnderTest {
  root: string;
  /** `https://tally.example` */
  site: string;
  /** `/` or `/tally/` */
  base: string;
  contentDir: string;
}

export async function readArticles(contentDir: string): Promise<{ published: ArticleFile[]; drafts: ArticleFile[] }> {
  const files = (await readdir(contentDir)).filter((file) => file.endsWith('.mdx')).sort();
  const articles = await Promise.all(files.map((file) => readArticle(join(contentDir, file))));
  return {
    published: articles.filter((article) => !article.resolved.draft),
    drafts: articles.filter((article) => article.resolved.draft),
  };
}

export function absolute(build: BuildUnderTest, path: string): string {
  return new URL(`${build.base}${path}`, build.site).href;
}

/** The XML file, after checking a strict parser reads it (no control characters, for one). */
async function readXml(build: BuildUnderTest, file: string): Promise<string> {
  const text = await readText(build.root, file);
  expect(xmlProblems(text), file).toEqual([]);
  return text;
}

export async function checkFeed(build: BuildUnderTest, published: ArticleFile[]): Promise<void> {
  const channel = xml.parse(await readXml(build, 'rss.xml')).rss.channel;
  const items = [channel.item ?? []].flat();
  expect(channel.link).toBe(absolute(build, ''));
  const expected = published.map((article) => ({
    title: article.frontmatter.title,
    link: absolute(build, `articles/${article.slug}/`),
    description: article.frontmatter.dek,
    pubDate: partialDateStart(article.resolved.published).toUTCString(),
  }));
  expect(
    items.map((item: Record<string, unknown>) => ({
      title: item.title,
      link: item.link,
      description: item.description,
      pubDate: item.pubDate,
    })),
  ).toEqual(expect.arrayContaining(expected));
  expect(items).toHaveLength(published.length);
}

export async function checkSitemap(build: BuildUnderTest, drafts: ArticleFile[]): Promise<string[]> {
  const robots = await readText(build.root, 'robots.txt');
  const sitemapIndex = absolute(build, 'sitemap-index.xml');
  expect(robots).toContain(`Sitemap: ${sitemapIndex}`);
  const index = xml.parse(await readXml(build, 'sitemap-index.xml')).sitemapindex;
  const locations: string[] = [];
  for (const { loc } of [index.sitemap].flat()) {
    expect(loc.startsWith(absolute(build, ''))).toBe(true);
    const urlset = xml.parse(await readXml(build, loc.slice(absolute(build, '').length))).urlset;
    locations.push(...[urlset.url].flat().map((url: { loc: string }) => url.loc));
  }
  const pages = (await listPages(build.root)).filter((file) => file !== '404.html');
  expect(locations.sort()).toEqual(pages.map((file) => new URL(pageUrlPath(file, build.base), build.site).href).sort());
  for (const draft of drafts) expect(locations.join('\n')).not.toContain(`/articles/${draft.slug}/`);
  return locations;
}

function attribute(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1]?.replaceAll('&amp;', '&');
}

/** Canonical URL, description, Open Graph, Twitter card and the feed link on every page. */
export async function checkHeads(build: BuildUnderTest): Promise<void> {
  const feed = absolute(build, 'rss.xml');
  for (const file of await listPages(build.root)) {
    const html = await readText(build.root, file);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(attribute(head, /<link rel="alternate" type="application\/rss\+xml"[^>]* href="([^"]*)"/), file).toBe(feed);
    const canonical = attribute(head, /<link rel="canonical" href="([^"]*)"/);
    if (file === '404.html') {
      // Served at any unknown address, it claims none. Hosts send it with status 404, which keeps
      // it out of search indexes; a noindex tag would only cost it Lighthouse's SEO audit.
      expect(canonical).toBeUndefined();
    } else {
      expect(canonical, file).toBe(new URL(pageUrlPath(file, build.base), build.site).href);
      expect(attribute(head, /<meta property="og:url" content="([^"]*)"/), file).toBe(canonical);
    }
    for (const name of ['og:title', 'og:description', 'og:type']) {
      expect(attribute(head, new RegExp(`<meta property="${name}" content="([^"]*)"`)), `${file} ${name}`).toBeTruthy();
    }
    expect(attribute(head, /<meta name="description" content="([^"]*)"/), file).toBeTruthy();
    expect(attribute(head, /<meta name="twitter:card" content="([^"]*)"/), file).toMatch(/^summary/);
  }
}

/** The JSON-LD block of an article page, parsed, after checking nothing in it can end the block. */
export function readJsonLd(html: string): Record<string, unknown> {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  const json = blocks[0]![1]!;
  expect(json).not.toMatch(/[<>]/);
  return JSON.parse(json);
}
