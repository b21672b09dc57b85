/**
 * A worker thread of `prerenderOgCards`: takes the cards nobody has taken yet, in order, draws
 * each into the cache and reports it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderOgImage } from './renderOgImage.ts';
import { claimCard, type OgCardJob, type OgCardReport } from './prerenderOgCards.ts';

const { inputs, states } = workerData as OgCardJob;
for (const [index, input] of inputs.entries()) {
  if (!claimCard(states, index)) continue;
  const report: OgCardReport = { index };
  try {
    await renderOgImage(input);
  } catch (error) {
    report.error = (error as Error).message;
  }
  parentPort?.postMessage(report);
}
