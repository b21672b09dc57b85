/**
 * A worker thread of `checkContentOnThreads`: checks files from the shared counter until none is
 * left, then reports its checks in one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fileCheckContext } from './checkContent.ts';
import { checkTakenFiles, type CheckJob, type CheckReport } from './checkContentOnThreads.ts';

const job = workerData as CheckJob;
const report: CheckReport = [];
checkTakenFiles(job, fileCheckContext(job.options), (index, check) => report.push([index, check]));
parentPort?.postMessage(report);
