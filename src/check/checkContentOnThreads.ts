/**
 * `checkContent` on every core: the same result, sooner, for a folder of many articles.
 *
 * Rules:
 * - The calling thread and worker threads take files one at a time from a shared counter
 *   (`Atomics.add`), so a slow file or a worker still starting never leaves a core idle.
 * - The result equals `checkContent`'s: each file's check is the same function, and the folder's
 *   result is combined from them in file order (`combineChecks`).
 * - A file a worker took but never reported (the worker failed) is checked on the calling thread,
 *   so a worker can make a check faster, never different.
 * - Below `MIN_FILES_PER_WORKER` files a worker costs more to start than it saves.
 * - A worker sends a check it read from the cache as the entry it read (`CachedCheck`), and the
 *   calling thread reads the entry's first part itself: sending the check would copy it whole,
 *   reading in the worker the fields a page reads later (`checkCache.ts`). `npm run check` of
 *   5,000 articles with a full cache, four interleaved runs: 2.10 / 2.17 / 1.75 / 1.75 s against
 *   4.41 / 3.23 / 4.67 / 2.63 s (CPU 3.3 / 3.4 / 2.8 / 2.8 s against 6.2 / 4.7 / 6.3 / 3.9 s); at
 *   1,000, one worker, no difference (1.05–1.19 s against 1.04–1.22 s).
 *
 * Measured 7 December 2026 on two shared cores (load average 4–14): it does not pay there.
 * `npm run check` of 1,000 articles, no cache, four interleaved runs: CPU 6.6 / 9.1 / 9.7 / 8.4 s
 * and wall 3.9 / 7.5 / 9.4 / 8.2 s on threads, CPU 5.9 / 6.4 / 5.7 / 7.4 s and wall
 * 5.8 / 6.9 / 5.9 / 13.1 s on one thread; in a 1,000-article build (three pairs) checking on
 * Astro's thread was as fast and used less CPU, so a build uses it only from 5,000 articles
 * (`integrations/contentCheck.ts` has the pairs: 10,000-article builds took 131–135 s with it
 * against 153–154 s without), and the dev server's first check of the folder does not use it
 * (`liveContentCheck.ts` has the measurement). `scripts/check.ts` does: at 10,000 articles on a
 * quiet machine it was faster on threads, 18.9 / 20.1 s against 25.2 / 26.3 s on one (CPU
 * 33.1 / 36.4 against 28.1 / 29.3 s).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleCheck } from './checkArticle.ts';
import { readCachedCheck, type CachedCheck } from './checkCache.ts';
import {
  checkFileNamed,
  combineChecks,
  fileCheckContext,
  readContentFolder,
  type ContentCheck,
  type ContentCheckOptions,
  type ContentFolder,
  type FileCheckContext,
} from './checkContent.ts';

/** Starting a worker (loading the checker into it) costs about as much as checking this many files. */
export const MIN_FILES_PER_WORKER = 100;

/** What a check worker receives. */
export interface CheckJob {
  options: ContentCheckOptions;
  names: string[];
  /** One slot: the index of the next file nobody has taken. */
  next: Int32Array;
}

/** What a check worker sends back once no file is left: its checks by file index. */
export type CheckReport = [index: number, check: ArticleCheck | CachedCheck][];

/**
 * Checks files of `job` one at a time, each taken from the shared counter so no other thread
 * checks it, until none is left; hands each check to `onCheck` with its file's index.
 */
export function checkTakenFiles(
  { names, next }: Pick<CheckJob, 'names' | 'next'>,
  context: FileCheckContext,
  onCheck: (index: number, check: ArticleCheck) => void,
): void {
  for (let index = Atomics.add(next, 0, 1); index < names.length; index = Atomics.add(next, 0, 1)) {
    onCheck(index, checkFileNamed(names[index]!, context));
  }
}

function startWorker(job: CheckJob): Promise<CheckReport> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { workerData: job });
    let report: CheckReport = [];
    worker.once('message', (message: CheckReport) => (report = message));
    // Settled on exit, normal or not: whatever the worker did not report is checked by the caller.
    worker.once('exit', () => resolve(report));
    worker.once('error', () => undefined);
  });
}

export interface ThreadOptions {
  /**
   * Worker threads to start (default: one per core, besides this one when it checks too; one per
   * 100 files at most).
   */
  workers?: number;
  /**
   * Below this many files no worker starts and this thread checks them all (default
   * `MIN_FILES_PER_WORKER`); ignored when `workers` is given.
   */
  workersFrom?: number;
  /** Whether this thread checks files too (default true; tests turn it off to see the workers'). */
  callerChecks?: boolean;
}

/** Every file's own check, in the folder's order, before the folder's rules combine them. */
interface FileChecks {
  folder: ContentFolder;
  /** `checks[i]` is the check of `folder.names[i]`. */
  checks: ArticleCheck[];
  context: FileCheckContext;
}

/** Each file of the folder checked on its own, on every core (`combineChecks` makes the folder's result). */
async function checkFilesOnThreads(
  options: ContentCheckOptions,
  { workers, workersFrom = MIN_FILES_PER_WORKER, callerChecks = true }: ThreadOptions = {},
): Promise<FileChecks> {
  const context = fileCheckContext(options);
  const folder = readContentFolder(context.folder);
  const names = folder.names;
  const cores = availableParallelism() - (callerChecks ? 1 : 0);
  workers ??= names.length < workersFrom ? 0 : Math.min(cores, Math.floor(names.length / MIN_FILES_PER_WORKER));
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const job: CheckJob = { options, names, next };
  const reports = Array.from({ length: Math.max(0, workers) }, () => startWorker(job));

  const checks: (ArticleCheck | undefined)[] = new Array(names.length);
  if (callerChecks) checkTakenFiles(job, context, (index, check) => (checks[index] = check));
  for (const report of await Promise.all(reports)) {
    // A check the worker read from the cache is read here too; one that cannot be is checked again below.
    for (const [index, check] of report) checks[index] = 'cacheEntry' in check ? readCachedCheck(check) : check;
  }
  return { folder, checks: names.map((name, index) => checks[index] ?? checkFileNamed(name, context)), context };
}

export async function checkContentOnThreads(
  options: ContentCheckOptions,
  threads: ThreadOptions = {},
): Promise<ContentCheck> {
  const { folder, checks, context } = await checkFilesOnThreads(options, threads);
  return combineChecks(folder, checks, context);
}
