/**
 * `npm run build` (`scripts/build.ts`) is `astro build` with the native modules' allocator
 * (mimalloc) told to give memory back. mimalloc prints the settings it read when
 * `MIMALLOC_VERBOSE=1`; a build of a broken article is enough to load every such module and fails
 * within seconds.
 */
import { describe, expect, it } from 'vitest';
import { runBuild } from '../support/runBuild.ts';

const BROKEN = { TALLY_CONTENT_DIR: 'tests/fixtures/build-unknown-id' };

/** Every value mimalloc reported for `option`, one per mimalloc in the process. */
function reported(output: string, option: string): string[] {
  return [...output.matchAll(new RegExp(`option '${option}': (\\S+)`, 'g'))].map((match) => match[1]!);
}

describe('npm run build', () => {
  it('runs astro build with no transparent huge pages and no delay before freed memory is returned', async () => {
    const run = await runBuild(['--outDir', 'node_modules/.cache/tally-test/build-script'], {
      ...BROKEN,
      MIMALLOC_VERBOSE: '1',
    });
    // Rolldown's mimalloc and at least one other.
    expect(reported(run.output, 'allow_thp').length).toBeGreaterThanOrEqual(2);
    expect(new Set(reported(run.output, 'allow_thp'))).toEqual(new Set(['0']));
    expect(new Set(reported(run.output, 'purge_delay'))).toEqual(new Set(['0']));
    // It is Astro's build: the content check ran and its failure is the command's.
    expect(run.output).toContain('unknown figure or fact id "facilites"');
    expect(run.code).toBe(1);
  });

  it('leaves a setting given in the environment as it is', async () => {
    const run = await runBuild(['--outDir', 'node_modules/.cache/tally-test/build-script'], {
      ...BROKEN,
      MIMALLOC_VERBOSE: '1',
      MIMALLOC_PURGE_DELAY: '25',
    });
    expect(new Set(reported(run.output, 'purge_delay'))).toEqual(new Set(['25']));
    expect(new Set(reported(run.output, 'allow_thp'))).toEqual(new Set(['0']));
  });
});
