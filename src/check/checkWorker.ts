/**
 * A worker thread of `checkContentOnThreads`: checks files from the shared counter until none is
 * left, then reports its checks in one message (a check read from the cache as where it was read).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCheckOf } from './checkCache.ts';
import { fileCheckContext } from './checkContent.ts';
import { checkTakenFiles, type CheckJob, type CheckReport } from './checkContentOnThreads.ts';

const job = workerData as CheckJob;
const report: CheckReport = [];
checkTakenFiles(job, fileCheckContext(job.options), (index, check) =>
  report.push([index, cachedCheckOf(check) ?? check]),
);
parentPort?.postMessage(report);
