import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/runBuild.ts';

describe('a build with a broken article', () => {
  it('fails with a message naming the file and the unknown id', async () => {
    const run = await runBuild(['--outDir', 'node_modules/.cache/tally-test/unknown-id'], {
      TALLY_CONTENT_DIR: 'tests/fixtures/build-unknown-id',
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('tests/fixtures/build-unknown-id/unknown-formula-id.mdx');
    expect(run.output).toContain('facts.quota.formula');
    expect(run.output).toContain('unknown figure or fact id "facilites"');
  });
});

describe('a build with a site address Tally cannot honour', () => {
  it('stops before anything is built, saying what TALLY_SITE takes', async () => {
    const outDir = 'node_modules/.cache/tally-test/bad-site';
    const run = await runBuild(['--outDir', outDir], { TALLY_SITE: 'https://example.org/tally' });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(
      'TALLY_SITE must be the site\'s origin, such as https://news.example.org, with no path: found "https://example.org/tally"; a sub-path goes in TALLY_BASE (TALLY_BASE=/tally/)',
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
