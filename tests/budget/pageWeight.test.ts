/**
 * Byte budgets for the built pages (issue 6): bytes, not time, so they hold on any machine.
 * The measured sizes are printed on every run, so a regression shows up as a number.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/siteConfig.ts';
import { measurePageWeight, type PageWeight } from './measurePageWeight.ts';

const DIST = 'dist';
const KB = 1024;
/** The optional script a reader may run (the theme toggle), inline and external together. */
const SCRIPT_BUDGET = 1 * KB;
/** What fits in the first TCP round trip (ten segments of ~1.4 KB). */
const FIRST_ROUND_TRIP_BUDGET = 14 * KB;
/** Everything a page loads, fonts included, as transferred. */
const TOTAL_BUDGET = 30 * KB;
/** External scripts a page may carry: optional enhancements, never needed to read. */
const OPTIONAL_SCRIPT = /theme/i;
/** The one page that may load Pagefind's files. */
const SEARCH_PAGE = 'search/';

function builtArticlePages(): string[] {
  const folder = join(DIST, 'articles');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => `articles/${entry.name}/`);
}

function htmlFilesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)));
}

function scriptBytes(weight: PageWeight): number {
  const external = weight.resources.filter((resource) => resource.kind === 'script');
  return weight.inlineScriptBytes + external.reduce((sum, resource) => sum + resource.bytes, 0);
}

function printTable(weights: PageWeight[]): void {
  const rows = weights.map((weight) => {
    const sum = (kind: string) =>
      weight.resources
        .filter((resource) => resource.kind === kind)
        .reduce((total, resource) => total + resource.transferBytes, 0);
    return {
      page: `/${weight.page}`,
      'html gz': weight.htmlGzipBytes,
      'css gz': sum('stylesheet'),
      'first trip gz': weight.firstRoundTripGzipBytes,
      'script raw': scriptBytes(weight),
      fonts: sum('font'),
      'img+icon': sum('image') + sum('icon'),
      'total transfer': weight.totalTransferBytes,
    };
  });
  console.log(
    `Page weight in bytes (budgets: first trip ≤ ${FIRST_ROUND_TRIP_BUDGET}, total ≤ ${TOTAL_BUDGET}, script ≤ ${SCRIPT_BUDGET})`,
  );
  console.table(rows);
}

describe('page weight budgets', () => {
  const articles = builtArticlePages();
  const budgeted = [
    { name: 'the home page', page: '' },
    ...articles.map((page) => ({ name: `the article page /${page}`, page })),
  ];
  const weights = new Map<string, PageWeight>();

  beforeAll(() => {
    const measured = [
      ...budgeted.map(({ page }) => page),
      ...(existsSync(join(DIST, SEARCH_PAGE, 'index.html')) ? [SEARCH_PAGE] : []),
    ];
    for (const page of measured) weights.set(page, measurePageWeight(page, { dist: DIST, base: siteConfig.base }));
    printTable([...weights.values()]);
  });

  it('has at least one article page to weigh', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  describe.each(budgeted)('$name', ({ page }) => {
    const weight = () => weights.get(page) as PageWeight;

    it('needs no JavaScript to read: external scripts are optional and none blocks rendering', () => {
      for (const script of weight().externalScripts) {
        expect(script.url, 'only the optional theme script may be loaded').toMatch(OPTIONAL_SCRIPT);
        expect(script.blocking, `${script.url} must be a module, defer or async`).toBe(false);
      }
    });

    it(`carries at most ${SCRIPT_BUDGET} bytes of script, inline and external together`, () => {
      expect(scriptBytes(weight())).toBeLessThanOrEqual(SCRIPT_BUDGET);
    });

    it(`fits its HTML and render-blocking CSS in ${FIRST_ROUND_TRIP_BUDGET} bytes gzipped`, () => {
      expect(weight().firstRoundTripGzipBytes).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BUDGET);
    });

    it(`loads at most ${TOTAL_BUDGET} bytes in all, fonts included`, () => {
      expect(weight().totalTransferBytes).toBeLessThanOrEqual(TOTAL_BUDGET);
    });
  });

  it('loads Pagefind only on the search page', () => {
    const offending = htmlFilesIn(DIST)
      .filter((file) => file !== join(SEARCH_PAGE, 'index.html'))
      .filter((file) => measurePageWeight(file, { dist: DIST, base: siteConfig.base }).pagefindReferences.length > 0);
    expect(offending).toEqual([]);
  });
});
