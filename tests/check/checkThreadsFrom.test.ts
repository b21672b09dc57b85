/**
 * `workersFrom` (`checkContentOnThreads.ts`, the build's `THREADS_FROM_FILES`): below it no worker
 * thread starts and the calling thread checks every file; from it, workers start. Either way the
 * result is what the one-thread check gives. Workers are counted by wrapping Node's `Worker`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { checkContentOnThreads, MIN_FILES_PER_WORKER } from '../../src/check/checkContentOnThreads.ts';

const started = vi.hoisted(() => ({ workers: 0 }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      started.workers += 1;
    }
  }
  return { ...actual, Worker: CountedWorker };
});

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const folder = mkdtempSync(join(tmpdir(), 'tally-threads-from-'));
for (let index = 1; index <= MIN_FILES_PER_WORKER; index += 1) {
  copyFileSync(SEED, join(folder, `article-${String(index).padStart(3, '0')}.mdx`));
}
const options = { directory: folder, locale: 'en-GB' };
const expected = checkContent(options);

beforeEach(() => {
  started.workers = 0;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe(`a folder of ${MIN_FILES_PER_WORKER} articles checked on threads`, () => {
  it('starts no worker when the folder is below workersFrom, and gives what one thread gives', async () => {
    const result = await checkContentOnThreads(options, { workersFrom: MIN_FILES_PER_WORKER + 1 });
    expect(started.workers).toBe(0);
    expect(result.articles).toBe(MIN_FILES_PER_WORKER);
    expect(result).toStrictEqual(expected);
  });

  it('starts workers from workersFrom on, and gives what one thread gives', async () => {
    const result = await checkContentOnThreads(options, { workersFrom: MIN_FILES_PER_WORKER, callerChecks: false });
    expect(started.workers).toBeGreaterThan(0);
    expect(result).toStrictEqual(expected);
  });
});
