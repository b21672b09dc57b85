/**
 * The two extra builds of the publishing tests, run one after the other (they share Astro's
 * content cache):
 *
 * 1. A sub-path build (`TALLY_BASE=/tally/`) of the hostile fixture folder: every internal link,
 *    asset, feed URL, canonical URL and search result resolves under `/tally/`; drafts reach no
 *    output; hostile strings come out as text in the page, the feed, the JSON-LD and the downloads
 *    (checked in Chromium with no CSP, so only escaping stands between them and the page).
 * 2. A clean build of the suite's own configuration into a temporary folder, with empty caches
 *    (Astro's, the social cards', the content check's), whose files must be byte-identical to `dist/`. (With TALLY_REUSE_DIST=1
 *    and a `dist/` from older sources this fails, as it should: the two builds differ.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/siteConfig.ts';
import { launchChromium, loopbackOnly } from '../support/browser.ts';
import { runBuild } from '../support/runBuild.ts';
import { serveStatic } from '../support/staticServer.ts';
import {
  fileChecksums,
  linkedUrls,
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
import { parseCsv } from './parseCsv.ts';
import type { ArticleFile } from './readArticle.ts';
import { htmlProblemsInSite } from './validateHtml.ts';

const FIXTURES = 'tests/fixtures/publishing-hostile';
const BASE = '/tally/';

let scratch: string;
let subPath: BuildUnderTest;
let published: ArticleFile[];
let drafts: ArticleFile[];

async function build(outDir: string, env: Record<string, string>): Promise<void> {
  const started = performance.now();
  const result = await runBuild(['--outDir', outDir], env);
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  console.info(`extra build into ${outDir}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The file a root-relative URL path names in a build under `base`, or why it names none. */
function fileFor(path: string, base: string): string | { problem: string } {
  if (!path.startsWith(base)) return { problem: `outside the base ${base}` };
  const relative = decodeURIComponent(path.slice(base.length));
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

function decodeHtmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|quot|#39|#x27|amp);/g,
      (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[entity]!,
    );
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tally-publishing-'));
  subPath = { root: join(scratch, 'sub-path'), site: siteConfig.site, base: BASE, contentDir: FIXTURES };
  ({ published, drafts } = await readArticles(FIXTURES));
  await build(subPath.root, { TALLY_BASE: BASE, TALLY_CONTENT_DIR: FIXTURES });
}, 240_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('a build under a sub-path (TALLY_BASE=/tally/)', () => {
  it('has no broken internal link, asset, card or structured-data URL on any page', async () => {
    const files = new Set(await listFiles(subPath.root));
    const broken: string[] = [];
    let checked = 0;
    for (const file of await listPages(subPath.root)) {
      const pageUrl = new URL(pageUrlPath(file, BASE), subPath.site);
      const html = await readText(subPath.root, file);
      const jsonLd = html.includes('application/ld+json') ? readJsonLd(html) : undefined;
      const structuredUrls = jsonLd ? [jsonLd.url as string, ...(jsonLd.image as string[])] : [];
      for (const raw of [...linkedUrls(html), ...structuredUrls]) {
        if (/^(#|mailto:|tel:|data:)/.test(raw)) continue;
        const url = new URL(raw, pageUrl);
        if (url.origin !== pageUrl.origin) continue;
        const target = fileFor(url.pathname, BASE);
        checked += 1;
        if (typeof target !== 'string') broken.push(`${file}: ${raw} (${target.problem})`);
        else if (!files.has(target)) broken.push(`${file}: ${raw} (no ${target})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('is valid HTML on every page, hostile strings included', async () => {
    const { pages, problems } = await htmlProblemsInSite(subPath.root);
    expect(pages).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('puts the feed, sitemap, robots.txt and every head under the base, without drafts', async () => {
    await checkFeed(subPath, published);
    const locations = await checkSitemap(subPath, drafts);
    expect(locations.every((location) => location.startsWith(absolute(subPath, '')))).toBe(true);
    await checkHeads(subPath);
  });

  it('points the search page at the index under the base, and indexes every published article', async () => {
    const html = await readText(subPath.root, 'search/index.html');
    expect(html).toContain(`bundle-path="${BASE}pagefind/" base-url="${BASE}"`);
    expect(await listFiles(subPath.root)).toContain('pagefind/pagefind.js');
    // Pagefind stores paths within the site; the UI puts `base-url` in front of them.
    const fragments = await searchFragments(subPath.root);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(
      published.map((article) => `/articles/${article.slug}/`).sort(),
    );
  });

  it('indexes figure labels and tags, not the figure cards, and never a draft', async () => {
    const fragments = await searchFragments(subPath.root);
    const hostile = published.find((article) => article.slug === 'hostile-strings')!;
    const content = fragments.map((fragment) => fragment.content).join('\n');
    const labelOnly = hostile.resolved.figures.find((figure) => figure.label.includes('zanzibarite'))!;
    expect(content).toContain(labelOnly.label);
    for (const tag of hostile.resolved.tags) expect(content).toContain(tag);
    // The figure cards repeat the sources list and are left out of the index.
    expect(content).not.toContain('Stated as');
    for (const draft of drafts) {
      expect(content).not.toContain(draft.resolved.title);
      expect(await listFiles(subPath.root)).not.toContain(`articles/${draft.slug}/index.html`);
    }
  });

  it('writes figures.json, figures.csv and og.png for every published article and none for a draft', async () => {
    const companions = new Map<string, string[]>();
    for (const file of await listFiles(subPath.root)) {
      const match = /^articles\/([^/]+)\/(figures\.json|figures\.csv|og\.png)$/.exec(file);
      if (match) companions.set(match[1]!, [...(companions.get(match[1]!) ?? []), match[2]!].sort());
    }
    expect(drafts.length).toBeGreaterThan(0);
    expect([...companions.keys()].sort()).toEqual(published.map((article) => article.slug).sort());
    for (const files of companions.values()) expect(files).toEqual(['figures.csv', 'figures.json', 'og.png']);
    for (const article of published) {
      const json = JSON.parse(await readText(subPath.root, `articles/${article.slug}/figures.json`));
      expect(json.article.url).toBe(absolute(subPath, `articles/${article.slug}/`));
    }
  });

  it('keeps hostile strings as data in the JSON-LD and the downloads', async () => {
    const hostile = published.find((article) => article.slug === 'hostile-strings')!;
    const page = await readText(subPath.root, 'articles/hostile-strings/index.html');
    const data = readJsonLd(page);
    expect(data.headline).toBe(hostile.frontmatter.title);
    expect(decodeHtmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!)).toBe(hostile.frontmatter.title);
    const rows = parseCsv(await readText(subPath.root, 'articles/hostile-strings/figures.csv'));
    expect(rows.map((row) => row[2])).toEqual(
      expect.arrayContaining(hostile.resolved.figures.map((figure) => figure.label)),
    );
    const json = JSON.parse(await readText(subPath.root, 'articles/hostile-strings/figures.json'));
    expect(json.figures[0].source.publisher).toBe(hostile.resolved.sources[0]!.publisher);
  });

  it('renders hostile strings as text in Chromium, and search finds a figure label under the base', async () => {
    // No headers here: without the CSP, only the escaping can stop the fixture's scripts.
    const server = await serveStatic({ root: subPath.root, base: BASE });
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const blocked = await loopbackOnly(context);
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const hostile = published.find((article) => article.slug === 'hostile-strings')!;
      await page.goto(`${server.origin}${BASE}articles/hostile-strings/`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toBe(hostile.frontmatter.title);
      expect(await page.locator('img').count()).toBe(0);
      const executable = await page.locator('script:not([type="application/ld+json"])').allTextContents();
      expect(executable.filter((text) => text.includes('alert'))).toEqual([]);

      await page.goto(`${server.origin}${BASE}search/`, { waitUntil: 'load' });
      await page.locator('pagefind-input input').fill('zanzibarite');
      const result = page.locator('pagefind-results a[href*="/articles/"]').first();
      await result.waitFor({ timeout: 15_000 });
      expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}articles/hostile-strings/`));
      await result.click();
      await page.waitForURL(`**${BASE}articles/hostile-strings/**`);
      expect(dialogs).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('reproducibility', () => {
  it('writes byte-identical files in a second clean build of the same commit', async () => {
    const outDir = join(scratch, 'again');
    // Fresh caches, so every page is rendered again rather than restored by the incremental build.
    await build(outDir, {
      TALLY_OG_CACHE_DIR: join(scratch, 'og-cache'),
      TALLY_CHECK_CACHE_DIR: join(scratch, 'check-cache'),
      TALLY_ASTRO_CACHE_DIR: join(scratch, 'astro-cache'),
    });
    const [first, second] = [await fileChecksums('dist'), await fileChecksums(outDir)];
    expect(Object.keys(second)).toEqual(Object.keys(first));
    expect(second).toEqual(first);
  }, 240_000);
});
