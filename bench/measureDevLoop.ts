/**
 * The editor's loop in `astro dev`, measured on a synthetic corpus (`npm run bench -- --dev`).
 *
 * For a project root and a corpus of N articles (`generateCorpus.ts`) it starts the project's own
 * `astro dev` as a child process (`tests/support/devServer.ts`: `TALLY_CONTENT_DIR` pointing at
 * the corpus, a fresh Astro cache, a free port) and measures:
 * - launch: from spawning the server to the first article page answering with its title, first
 *   with an empty Astro cache (`cold`: Vite optimizes its dependencies first), then the median of
 *   `LAUNCHES` more with the cache that launch left (what an editor's every later `npm run dev`
 *   pays): one launch moves by half a second with this machine's load;
 * - the floor: the same launches of the bench's bare Astro + MDX project (`bench/baseline/`, run
 *   by this project's Astro) on the same corpus, after one launch that fills its cache, in turn
 *   with Tally's (round by round, the order alternating). It is what Astro itself costs here, so
 *   the launch figure can be read against it;
 * - save: from writing an edit of that article (a figure changed, and a sentence with a new
 *   marker number) to the page, polled over HTTP every 25 ms, holding the marker; the median
 *   of 5 saves;
 * - memory: the server's V8 heap in use after a forced garbage collection, before the first save
 *   and after 20 more, read through the inspector (`node --inspect=127.0.0.1:0`: the Chrome
 *   DevTools protocol's `HeapProfiler.collectGarbage`, then `process.memoryUsage()`), so nothing
 *   in the server is written for the bench.
 *
 * `root` is a project folder with its `node_modules`: the bench measures a checkout of another
 * commit the same way (`--root`), for before-and-after figures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startDevServer, waitForPage, type DevServer, type DevServerOptions } from '../tests/support/devServer.ts';
import { articleFileText, syntheticArticle, writeCorpus, type SeedArticle } from './generateCorpus.ts';
import { BASELINE_ROOT, baselineEnv } from './baselineProject.ts';

const MIB = 1024 * 1024;
const SAVE_TIMEOUT_MS = 15_000;
const LAUNCH_TIMEOUT_MS = 180_000;
/** Timed launches with a kept cache, for Tally and for the bare baseline; the median is reported. */
const LAUNCHES = 3;

export interface DevLoopMeasurement {
  articles: number;
  /** Spawn to the first article page, in ms, with the cache a first launch left: the median. */
  launchMs: number;
  launchSamplesMs: number[];
  /** The same for bare Astro + MDX (`bench/baseline/`) on the same corpus. */
  baselineLaunchMs: number;
  baselineLaunchSamplesMs: number[];
  /** The same with an empty Astro cache. */
  coldLaunchMs: number;
  /** Each of the timed saves, in ms, in order. */
  saveSamplesMs: number[];
  saveMedianMs: number;
  /** Saves the page never showed within `SAVE_TIMEOUT_MS` (a stale page); left out of the samples. */
  missedSaves: number;
  /** Heap in use after GC, before the first save and after the last of `memorySaves`, in bytes. */
  heapAfterGcBeforeBytes?: number;
  heapAfterGcAfterBytes?: number;
  memorySaves: number;
  /** Resident memory of the server after the last save. */
  rssAfterBytes?: number;
}

export interface DevLoopOptions {
  root: string;
  seed: SeedArticle;
  articles: number;
  corpus: string;
  timedSaves?: number;
  memorySaves?: number;
  log?: (message: string) => void;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A Chrome DevTools protocol session with the server's main thread. */
export class Inspector {
  private next = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private socket: WebSocket;
  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  static open(url: string): Promise<Inspector> {
    const socket = new WebSocket(url);
    return new Promise((done, fail) => {
      socket.addEventListener('open', () => done(new Inspector(socket)));
      socket.addEventListener('error', () => fail(new Error(`cannot reach the inspector at ${url}`)));
    });
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((done) => this.pending.set(id, done));
  }

  /** Heap in use after a full garbage collection, and the resident set size. */
  async memoryAfterGc(): Promise<{ heapUsed: number; rss: number }> {
    await this.send('HeapProfiler.collectGarbage');
    await this.send('HeapProfiler.collectGarbage');
    const reply = (await this.send('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    })) as { result: { value: string } };
    return JSON.parse(reply.result.value) as { heapUsed: number; rss: number };
  }

  close(): void {
    this.socket.close();
  }
}

/** The inspector's address, as the server printed it when it started. */
async function inspectorUrl(server: DevServer): Promise<string> {
  for (let tries = 0; tries < 200; tries += 1) {
    const match = /Debugger listening on (ws:\/\/\S+)/.exec(server.output());
    if (match) return match[1]!;
    await sleep(50);
  }
  throw new Error('the dev server printed no inspector address');
}

/** Writes article 1 with a new marker number in its body and its first figure changed. */
function saveEdit(seed: SeedArticle, corpus: string, marker: number): string {
  const article = syntheticArticle(seed, 1);
  const figures = article.frontmatter.figures as Record<string, { value: number; format?: string }> | undefined;
  const first = figures && Object.values(figures)[0];
  if (first && first.format !== 'percent') first.value += marker % 97;
  const text = `Edit marker ${marker} for the dev-loop bench.`;
  article.body += `\n${text}\n`;
  writeFileSync(join(corpus, `${article.slug}.mdx`), articleFileText(article));
  return text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Spawn to the page at `path` passing `shown`, in ms; the server is closed after. */
async function timeLaunch(options: DevServerOptions, path: string, shown: (body: string) => boolean): Promise<number> {
  const started = performance.now();
  const server = await startDevServer(options);
  try {
    await waitForPage(`${server.origin}${path}`, shown, LAUNCH_TIMEOUT_MS);
    return performance.now() - started;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- dev server output ---\n${server.output().slice(-4000)}`);
  } finally {
    await server.close();
  }
}

/** `LAUNCHES` rounds of one launch of each, the order alternating, so both see the same load. */
async function timeLaunchesInTurn(
  projects: readonly [DevServerOptions, DevServerOptions],
  path: string,
  shown: (body: string) => boolean,
): Promise<[number[], number[]]> {
  const samples: [number[], number[]] = [[], []];
  for (let round = 0; round < LAUNCHES; round += 1) {
    for (const index of round % 2 === 0 ? ([0, 1] as const) : ([1, 0] as const))
      samples[index].push(await timeLaunch(projects[index], path, shown));
  }
  return samples;
}

export async function measureDevLoop({
  root,
  seed,
  articles,
  corpus,
  timedSaves = 5,
  memorySaves = 20,
  log = () => undefined,
}: DevLoopOptions): Promise<DevLoopMeasurement> {
  writeCorpus(seed, articles, corpus);
  const slug = syntheticArticle(seed, 1).slug;
  const title = String(syntheticArticle(seed, 1).frontmatter.title);
  const cacheDir = mkdtempSync(join(tmpdir(), 'tally-dev-bench-cache-'));
  const shown = (body: string) => body.includes(title.replace(/&/g, '&amp;'));
  const path = `/articles/${slug}/`;
  const seconds = (samples: number[]) => samples.map((ms) => (ms / 1000).toFixed(2)).join(', ');
  const coldLaunchMs = await timeLaunch({ root, contentDir: corpus, cacheDir }, path, shown);
  log(`${articles} articles: first article page after ${(coldLaunchMs / 1000).toFixed(2)} s (empty cache)`);
  const tally: DevServerOptions = { root, contentDir: corpus, cacheDir };
  const baseline: DevServerOptions = {
    root,
    contentDir: corpus,
    astroArgs: ['--root', BASELINE_ROOT],
    env: baselineEnv(corpus),
  };
  await timeLaunch(baseline, path, shown); // fills the baseline's cache, as the first launch did Tally's
  const [launchSamplesMs, baselineLaunchSamplesMs] = await timeLaunchesInTurn([tally, baseline], path, shown);
  log(`${articles} articles: first article page after ${seconds(launchSamplesMs)} s (cache kept)`);
  log(`${articles} articles: bare Astro + MDX's page after ${seconds(baselineLaunchSamplesMs)} s (cache kept)`);
  const server = await startDevServer({ root, contentDir: corpus, cacheDir, nodeArgs: ['--inspect=127.0.0.1:0'] });
  const url = `${server.origin}${path}`;
  let inspector: Inspector | undefined;
  try {
    const inspecting = inspectorUrl(server);
    await waitForPage(url, shown, LAUNCH_TIMEOUT_MS);
    inspector = await Inspector.open(await inspecting);
    // Settle: Vite may still be optimizing dependencies after the first page.
    await sleep(1000);
    const before = await inspector.memoryAfterGc();
    const saveSamplesMs: number[] = [];
    let marker = 1000;
    let missedSaves = 0;
    for (let save = 1; save <= Math.max(timedSaves, memorySaves); save += 1) {
      marker += 1;
      const savedAt = performance.now();
      const text = saveEdit(seed, corpus, marker);
      try {
        await waitForPage(url, (body) => body.includes(text), SAVE_TIMEOUT_MS);
      } catch {
        missedSaves += 1;
        log(`${articles} articles: save ${save} never showed (the page stayed stale for ${SAVE_TIMEOUT_MS / 1000} s)`);
        continue;
      }
      if (save <= timedSaves) {
        saveSamplesMs.push(performance.now() - savedAt);
        log(`${articles} articles: save ${save} shown after ${Math.round(saveSamplesMs.at(-1)!)} ms`);
      }
      // Let the server finish what a save starts (its watcher, the terminal report) before the next.
      await sleep(300);
    }
    const after = await inspector.memoryAfterGc();
    log(
      `${articles} articles: heap after GC ${(before.heapUsed / MIB).toFixed(1)} → ${(after.heapUsed / MIB).toFixed(1)} MiB over ${memorySaves} saves`,
    );
    return {
      articles,
      launchMs: median(launchSamplesMs),
      launchSamplesMs,
      baselineLaunchMs: median(baselineLaunchSamplesMs),
      baselineLaunchSamplesMs,
      coldLaunchMs,
      saveSamplesMs,
      saveMedianMs: median(saveSamplesMs),
      missedSaves,
      heapAfterGcBeforeBytes: before.heapUsed,
      heapAfterGcAfterBytes: after.heapUsed,
      memorySaves,
      rssAfterBytes: after.rss,
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- dev server output ---\n${server.output().slice(-4000)}`);
  } finally {
    inspector?.close();
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
