import { describe, expect, it } from 'vitest';
import { runAstro } from '../support/runAstro.ts';

describe('a build with a broken article', () => {
  it('fails with a message naming the file and the unknown id', async () => {
    const run = await runAstro(['build', '--outDir', 'node_modules/.cache/tally-test/unknown-id'], {
      TALLY_CONTENT_DIR: 'tests/fixtures/build-unknown-id',
    });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('tests/fixtures/build-unknown-id/unknown-formula-id.mdx');
    expect(run.output).toContain('facts.quota.formula');
    expect(run.output).toContain('unknown figure or fact id "facilites"');
  });
});
