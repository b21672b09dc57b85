/**
 * Draws a build's social cards ahead of Astro, on worker threads, while the main thread checks
 * content, bundles and renders pages.
 *
 * Rules:
 * - `startOgCardPrerender` is called once per `astro build`, by the content check, with the cards
 *   of every published article. Without it (dev server, tests) nothing changes.
 * - A worker only fills the on-disk card cache through `renderOgImage`; the page route waits for
 *   its card (`waitForPrerenderedCard`) and then reads the cache. A card a worker fails to draw is
 *   drawn by the page itself, so prerendering can make a build faster, never different.
 * - The queue lives on `globalThis`: the integration and the bundled page route are separate
 *   module instances in one process.
 * - Workers: one fewer than the machine's cores (at least one), so the main thread keeps a core.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from './buildOgCard.ts';

/** What a worker receives. */
export interface OgCardJob {
  inputs: OgCardInput[];
}

/** What a worker reports for each card: drawn (or found cached), or why not. */
export interface OgCardReport {
  key: string;
  error?: string;
}

interface Prerender {
  pending: Map<string, Promise<void>>;
}

const REGISTRY = Symbol.for('tally.og-card-prerender');
type WithRegistry = typeof globalThis & { [REGISTRY]?: Prerender };

/** Cards are matched by their whole input, the same value their cache key hashes. */
export function cardKey(input: OgCardInput): string {
  return JSON.stringify(input);
}

export function startOgCardPrerender(inputs: OgCardInput[]): void {
  const settle = new Map<string, () => void>();
  const pending = new Map<string, Promise<void>>();
  for (const input of inputs) {
    const key = cardKey(input);
    if (!pending.has(key)) pending.set(key, new Promise<void>((resolve) => settle.set(key, resolve)));
  }
  (globalThis as WithRegistry)[REGISTRY] = { pending };

  const workerCount = Math.max(1, Math.min(availableParallelism() - 1, inputs.length));
  for (let index = 0; index < workerCount; index += 1) {
    const job: OgCardJob = { inputs: inputs.filter((_, at) => at % workerCount === index) };
    const worker = new Worker(new URL('./ogCardWorker.ts', import.meta.url), { workerData: job });
    const mine = job.inputs.map(cardKey);
    worker.on('message', ({ key }: OgCardReport) => settle.get(key)?.());
    // On a crash, let every page that still waits draw its own card.
    const release = () => mine.forEach((key) => settle.get(key)?.());
    worker.on('error', release);
    // Not unref()'d: a page awaiting its card must keep the process alive until the card is there.
    worker.on('exit', release);
  }
}

/** Resolves once a worker has put this card in the cache (or given up); at once when none runs. */
export function waitForPrerenderedCard(input: OgCardInput): Promise<void> {
  return (globalThis as WithRegistry)[REGISTRY]?.pending.get(cardKey(input)) ?? Promise.resolve();
}
