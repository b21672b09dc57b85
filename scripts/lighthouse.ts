/**
 * `npm run lighthouse [-- --no-build] [--pages home,article,search,404] [--runs 3] [--json file]`
 *
 * Builds the site (unless `--no-build`), serves `dist/` on 127.0.0.1 with gzip (as static hosts
 * serve text) and runs Lighthouse (mobile, simulated throttling: its defaults) with Debian's
 * Chromium on each page, then prints the median of each category score, LCP, CLS and total
 * bytes over the runs, and the scored audits that did not pass.
 *
 * Rules:
 * - Nothing leaves the machine: Chromium resolves every host but 127.0.0.1 to "not found", so
 *   an audit that tries the internet fails at once instead of waiting on a timeout.
 * - The article audited is the first under `dist/articles/` by name; a page that was not built
 *   (no search page yet, say) is reported as skipped, never as passing.
 * - The 404 page is audited at `/404.html`: Lighthouse refuses a page served with status 404.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { siteConfig } from '../src/siteConfig.ts';
import { CHROMIUM_FLAGS, findChromium } from '../tests/support/browser.ts';
import { runBuild } from '../tests/support/runBuild.ts';
import { serveStatic } from '../tests/support/staticServer.ts';
import { serveCompressed } from './serveCompressed.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGE_NAMES = ['home', 'article', 'search', '404'] as const;
type PageName = (typeof PAGE_NAMES)[number];
/** The issue's targets: 100 everywhere, and LCP at most 0.9 s on simulated mobile. */
const TARGET_LCP_MS = 900;

export interface PageMedians {
  page: PageName;
  path: string;
  runs: number;
  /** Category scores from 0 to 1, by category id. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  totalBytes: number;
  /** Scored audits that failed in any run. */
  failing: string[];
}

export interface LighthouseReport {
  pages: PageMedians[];
  skipped: { page: PageName; reason: string }[];
}

/** The path of each page, or why it cannot be audited. */
function pagePath(page: PageName): { path: string } | { reason: string } {
  const base = siteConfig.base;
  switch (page) {
    case 'home':
      return { path: base };
    case 'article': {
      const folder = join(DIST, 'articles');
      const first = existsSync(folder) ? readdirSync(folder).sort()[0] : undefined;
      return first ? { path: `${base}articles/${first}/` } : { reason: 'no article was built' };
    }
    case 'search':
      return existsSync(join(DIST, 'search', 'index.html'))
        ? { path: `${base}search/` }
        : { reason: 'dist/search/index.html was not built' };
    case '404':
      return existsSync(join(DIST, '404.html'))
        ? { path: `${base}404.html` }
        : { reason: 'dist/404.html was not built' };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface RunResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Scored audits that did not pass, as "category: audit-id". */
  failing: string[];
  lcpMs: number;
  cls: number;
  totalBytes: number;
}

async function auditOnce(url: string, chrome: LaunchedChrome): Promise<RunResult> {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    maxWaitForLoad: 20_000,
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
    return value;
  };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failing = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as RunResult['scores'],
    failing,
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: numeric('total-byte-weight'),
  };
}

export async function runLighthouse(pages: readonly PageName[], runs: number): Promise<LighthouseReport> {
  const files = await serveStatic({ root: DIST, base: siteConfig.base });
  const server = await serveCompressed(files);
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    logLevel: 'error',
  });
  const report: LighthouseReport = { pages: [], skipped: [] };
  try {
    for (const page of pages) {
      const target = pagePath(page);
      if ('reason' in target) {
        report.skipped.push({ page, reason: target.reason });
        continue;
      }
      const results: RunResult[] = [];
      for (let run = 1; run <= runs; run += 1) {
        process.stderr.write(`[lighthouse] ${page} ${target.path} run ${run}/${runs}\n`);
        results.push(await auditOnce(`${server.origin}${target.path}`, chrome));
      }
      report.pages.push({
        page,
        path: target.path,
        runs,
        scores: Object.fromEntries(
          CATEGORIES.map((id) => [id, median(results.map((result) => result.scores[id]))]),
        ) as RunResult['scores'],
        lcpMs: median(results.map((result) => result.lcpMs)),
        cls: median(results.map((result) => result.cls)),
        totalBytes: median(results.map((result) => result.totalBytes)),
        failing: [...new Set(results.flatMap((result) => result.failing))],
      });
    }
  } finally {
    chrome.kill();
    await server.close();
    await files.close();
  }
  return report;
}

function printReport({ pages, skipped }: LighthouseReport): void {
  console.table(
    pages.map(({ page, path, runs, scores, lcpMs, cls, totalBytes }) => ({
      page,
      path,
      runs,
      ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(scores[id] * 100)])),
      'LCP ms': Math.round(lcpMs),
      CLS: Number(cls.toFixed(3)),
      'total bytes': totalBytes,
    })),
  );
  for (const { page, reason } of skipped) console.log(`SKIPPED  ${page}: ${reason}`);
  for (const { page, scores, lcpMs, failing } of pages) {
    const below = CATEGORIES.filter((id) => scores[id] < 1).map((id) => `${id} ${Math.round(scores[id] * 100)}`);
    const lcp = lcpMs <= TARGET_LCP_MS ? '' : `LCP ${Math.round(lcpMs)} ms > ${TARGET_LCP_MS} ms`;
    const misses = [...below, lcp].filter(Boolean);
    console.log(
      `${misses.length === 0 ? 'MET    ' : 'NOT MET'}  ${page}: ${misses.join(', ') || `100 in every category, LCP ≤ ${TARGET_LCP_MS} ms`}`,
    );
    if (failing.length > 0) console.log(`         failing audits: ${failing.join('; ')}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      pages: { type: 'string', default: PAGE_NAMES.join(',') },
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
    },
  });
  const pages = values.pages.split(',').map((page) => page.trim());
  const unknown = pages.filter((page) => !(PAGE_NAMES as readonly string[]).includes(page));
  if (unknown.length > 0)
    throw new Error(`--pages: unknown page ${unknown.join(', ')} (known: ${PAGE_NAMES.join(', ')})`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number ≥ 1, found "${values.runs}"`);

  if (!values['no-build']) {
    process.stderr.write('[lighthouse] building the site…\n');
    const build = await runBuild([]);
    if (build.code !== 0) throw new Error(`The site did not build (exit ${build.code}):\n${build.output}`);
  }
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: build the site first, or drop --no-build');

  const report = await runLighthouse(pages as PageName[], runs);
  printReport(report);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
}

if (import.meta.main) await main();
