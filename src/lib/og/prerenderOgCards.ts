/**
 * Draws a build's social cards ahead of Astro, on worker threads, while the main thread checks
 * content, bundles and renders pages.
 *
 * Rules:
 * - `startOgCardPrerender` is called once per `astro build`, by the content check, with the cards
 *   of every published article in the order the pages are built. Without it (dev server, tests)
 *   nothing changes.
 * - Each card is claimed once, by a worker or by its caller (`renderOgImage`, from the build's
 *   article-file writer), through a shared array of states (`Atomics.compareExchange`): workers
 *   take cards in order; a caller whose card nobody has taken yet takes it and draws it itself
 *   instead of waiting, so near the end both cores draw.
 * - A worker only fills the on-disk card cache through `renderOgImage`; a caller waits for a card a
 *   worker took, then reads the cache. A card a worker fails to draw is drawn by its caller, so
 *   prerendering can make a build faster, never different.
 * - The queue lives on `globalThis`, so any module instance in the process finds it (Vite may load
 *   a module more than once).
 * - Workers: one fewer than the machine's cores (at least one), so the main thread keeps a core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from './buildOgCard.ts';

/** A card's state in the shared array. */
export const CARD = { queued: 0, taken: 1 } as const;

/** What a worker receives. */
export interface OgCardJob {
  inputs: OgCardInput[];
  /** One `CARD` state per input, shared by every thread. */
  states: Int32Array;
}

/** What a worker reports for each card it took: drawn (or found cached), or why not. */
export interface OgCardReport {
  index: number;
  error?: string;
}

interface Prerender {
  indexOf: Map<string, number>;
  states: Int32Array;
  done: Promise<void>[];
}

const REGISTRY = Symbol.for('tally.og-card-prerender');
type WithRegistry = typeof globalThis & { [REGISTRY]?: Prerender };

/** Cards are matched by their whole input, the same value their cache key hashes. */
export function cardKey(input: OgCardInput): string {
  return JSON.stringify(input);
}

/** Claims card `index` for the calling thread; false when another thread has it. */
export function claimCard(states: Int32Array, index: number): boolean {
  return Atomics.compareExchange(states, index, CARD.queued, CARD.taken) === CARD.queued;
}

export function startOgCardPrerender(inputs: OgCardInput[]): void {
  const states = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * inputs.length));
  const settle: (() => void)[] = [];
  const done = inputs.map(() => new Promise<void>((resolve) => settle.push(resolve)));
  const indexOf = new Map(inputs.map((input, index) => [cardKey(input), index]));
  (globalThis as WithRegistry)[REGISTRY] = { indexOf, states, done };

  const job: OgCardJob = { inputs, states };
  const workerCount = Math.max(1, Math.min(availableParallelism() - 1, inputs.length));
  let running = workerCount;
  for (let count = 0; count < workerCount; count += 1) {
    const worker = new Worker(new URL('./ogCardWorker.ts', import.meta.url), { workerData: job });
    worker.on('message', ({ index }: OgCardReport) => settle[index]?.());
    // When the last worker stops, normally or not, no caller may wait any longer: a card still
    // unreported (a crash) is drawn by its caller.
    const stopped = () => {
      running -= 1;
      if (running === 0) settle.forEach((resolve) => resolve());
    };
    worker.once('exit', stopped);
    // Not unref()'d: a caller awaiting its card must keep the process alive until the card is there.
  }
}

/**
 * Before a caller looks in the cache: resolves once a worker has put this card there (or given
 * up), and at once when no prerender runs, the card is not in it, or the caller claims it first.
 */
export function waitForPrerenderedCard(input: OgCardInput): Promise<void> {
  const prerender = (globalThis as WithRegistry)[REGISTRY];
  const index = prerender?.indexOf.get(cardKey(input));
  if (prerender === undefined || index === undefined) return Promise.resolve();
  if (claimCard(prerender.states, index)) return Promise.resolve();
  return prerender.done[index]!;
}
