/**
 * A worker thread of `prerenderOgCards`: draws its share of the cards into the cache, in order,
 * and reports each one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderOgImage } from './renderOgImage.ts';
import { cardKey, type OgCardJob, type OgCardReport } from './prerenderOgCards.ts';

const { inputs } = workerData as OgCardJob;
for (const input of inputs) {
  const report: OgCardReport = { key: cardKey(input) };
  try {
    await renderOgImage(input);
  } catch (error) {
    report.error = (error as Error).message;
  }
  parentPort?.postMessage(report);
}
