/**
 * One Lighthouse run on the article page, through `npm run lighthouse`'s own script.
 *
 * Rules:
 * - Accessibility, best practices and SEO judge the page's bytes, not its timing, so they must be
 *   perfect whatever else runs on the machine.
 * - Performance and LCP follow the machine's load (87 to 100 for the same page), so a test cannot
 *   tell a slow page from a busy machine: they are measured and printed by `npm run lighthouse`,
 *   never asserted here. The page's weight is held by the byte budgets (`tests/budget/`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LighthouseReport, PageMedians } from '../../scripts/lighthouse.ts';

function runScript(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/lighthouse.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('Lighthouse on the article page (mobile)', () => {
  let article: PageMedians;

  beforeAll(async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'tally-lighthouse-')), 'report.json');
    const { code, output } = await runScript(['--no-build', '--pages', 'article', '--runs', '1', '--json', json]);
    expect(code, output).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as LighthouseReport;
    // The table only: its verdicts on performance and LCP belong to `npm run lighthouse`.
    console.log(output.replace(/^(\[lighthouse\]|MET|NOT MET|\s+failing audits).*\n/gm, ''));
    article = report.pages.find((page) => page.page === 'article') as PageMedians;
    expect(article, `the article page was not audited: ${JSON.stringify(report.skipped)}`).toBeDefined();
  }, 120_000);

  it.each(['accessibility', 'best-practices', 'seo'] as const)('scores 100 in %s', (category) => {
    expect(article.scores[category], article.failing.join('; ')).toBe(1);
  });
});
