/**
 * A worker thread of `checkContentOnThreads`: checks files from the shared counter until none is
 * left, then reports its checks in one message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileNamed, fileCheckContext } from './checkContent.ts';
import { takeNextFile, type CheckJob, type CheckReport } from './checkContentOnThreads.ts';

const { options, names, next } = workerData as CheckJob;
const context = fileCheckContext(options);
const report: CheckReport = [];
for (let index = takeNextFile(next, names.length); index !== undefined; index = takeNextFile(next, names.length)) {
  report.push([index, checkFileNamed(names[index]!, context)]);
}
parentPort?.postMessage(report);
