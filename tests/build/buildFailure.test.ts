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
