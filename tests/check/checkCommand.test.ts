/** `npm run check` as an editor runs it: one line per problem, a summary, and the exit status. */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { formatProblem } from '../../src/check/CheckProblem.ts';
import { runScript } from '../support/runScript.ts';

describe('npm run check', () => {
  it('passes the seed content with exit status 0 and no errors', () => {
    const run = runScript('check.ts');
    const articles = readdirSync('content/articles').filter((name) => name.endsWith('.mdx')).length;
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Checked ${articles} articles?: 0 errors, \\d+ warnings?\\.`, 'm'));
  });

  it('reports every problem of every file, one line each, then a summary, and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tally-check-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    for (const name of ['wrong-type-value.mdx', 'impossible-day.mdx', 'unknown-fig-id.mdx']) {
      copyFileSync(join('tests/fixtures/invalid', name), join(folder, name));
    }
    const run = runScript('check.ts', [], { TALLY_CONTENT_DIR: folder });
    const expected = checkContent({ directory: folder, locale: 'en-GB' });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(expected.problems.map(formatProblem));
    expect(new Set(expected.problems.map((problem) => problem.file)).size).toBe(3);
    expect(lines.at(-1)).toMatch(/^Checked 3 articles: 3 errors, 0 warnings\./);
    expect(run.stderr).toBe('');
  });

  it('never prints a stack trace for the malformed corpus', () => {
    const run = runScript('check.ts', [], { TALLY_CONTENT_DIR: 'tests/fixtures/invalid' });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    for (const line of run.stdout.trimEnd().split('\n').slice(0, -1)) {
      expect(line).toMatch(/^tests\/fixtures\/invalid\/.+\.mdx:\d+:\d+ {2}\S+ {2}.+$/);
      expect(line).not.toMatch(/:0:0 /);
    }
  });
});
