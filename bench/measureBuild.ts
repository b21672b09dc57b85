/**
 * Runs one build (a Node script: Tally's `scripts/build.ts`, or Astro's own command line) as a
 * whole child process and measures it: wall time, CPU time, peak resident memory, exit status and
 * the size of what it wrote.
 *
 * CPU time (user + system, from GNU time) counts the build's process and every child it waited for
 * (Pagefind's indexer). On two cores a build's wall time moves with whatever else the machine runs;
 * its CPU time moves much less, so it shows a change in the build's own work that the wall time
 * hides.
 *
 * Peak memory is the larger of two readings, both kept:
 * - GNU time's "Maximum resident set size", exact but for the largest single process only (Astro
 *   with its worker threads), when `/usr/bin/time` exists (Debian: `apt-get install time`);
 * - the largest sum of VmRSS over the build's whole process tree (Astro plus Pagefind's indexer),
 *   polled every 50 ms from /proc, which can miss a spike shorter than that.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

export interface BuildMeasurement {
  ok: boolean;
  exitCode: number | null;
  /** Wall-clock time of the whole process, in milliseconds. */
  ms: number;
  /** User + system CPU time of the process and its waited-for children (needs /usr/bin/time). */
  cpuMs?: number;
  /** The larger of `largestProcessPeakRssBytes` and `treePeakRssBytes`. */
  peakRssBytes: number;
  /** GNU time's maximum RSS of the largest process (0 without /usr/bin/time). */
  largestProcessPeakRssBytes: number;
  /** The largest polled sum of RSS over the whole process tree. */
  treePeakRssBytes: number;
  /** Which reading `peakRssBytes` is. */
  memorySource: 'gnu-time' | 'proc-poll';
  /** The last lines the build printed, kept when it fails. */
  outputTail?: string;
  outOfMemory: boolean;
  /** Astro's own phase timings, as it printed them. */
  phases: BuildPhases;
}

export interface BuildPhases {
  /** Content sync, type generation and build setup ("Collecting build info"). */
  setupMs?: number;
  /** Vite/Rolldown bundling of pages and every MDX module. */
  bundleMs?: number;
  /** Rendering every static page to HTML ("generating static routes"). */
  renderMs?: number;
}

/** Astro and Vite print "850ms", "12.34s" or "4m 5s". */
function durationMs(text: string): number | undefined {
  const match = /^(?:(\d+)m(?!s)\s*)?(?:([\d.]+)(ms|s))?/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const minutes = Number(match[1] ?? 0) * 60_000;
  return minutes + (match[2] === undefined ? 0 : Number(match[2]) * (match[3] === 'ms' ? 1 : 1000));
}

/** Reads Astro's phase timings from its log lines. */
function phaseTracker(): { line: (text: string) => void; phases: BuildPhases } {
  const phases: BuildPhases = {};
  let rendering = false;
  return {
    phases,
    line(text) {
      if (text.includes('generating static routes')) rendering = true;
      const build = /\[build\] ✓ Completed in (.*)$/.exec(text);
      if (build && phases.setupMs === undefined) phases.setupMs = durationMs(build[1]!);
      const vite = /\[vite\] ✓ built in (.*)$/.exec(text);
      if (vite) phases.bundleMs = (phases.bundleMs ?? 0) + (durationMs(vite[1]!) ?? 0);
      const routes = /^\S*\s*✓ Completed in (.*)$/.exec(text);
      if (routes && rendering && !text.includes('[build]')) {
        phases.renderMs = durationMs(routes[1]!);
        rendering = false;
      }
    },
  };
}

/** The figures this bench reads from a `/usr/bin/time -v` report (lines such as `\tUser time (seconds): 12.34`). */
export function readGnuTimeReport(report: string): { maxRssBytes: number; cpuMs?: number } {
  const field = (label: string): number | undefined => {
    const line = report.split('\n').find((text) => text.trim().startsWith(`${label}: `));
    return line === undefined ? undefined : Number(line.slice(line.indexOf(': ') + 2));
  };
  const user = field('User time (seconds)');
  const system = field('System time (seconds)');
  return {
    maxRssBytes: (field('Maximum resident set size (kbytes)') ?? 0) * 1024,
    cpuMs: user === undefined || system === undefined ? undefined : Math.round((user + system) * 1000),
  };
}

export interface BuildOptions {
  /** What Node runs: the script, then its arguments. */
  args: string[];
  env: Record<string, string>;
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRssBytes(pid: number): number {
  return rssBytes(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRssBytes(child), 0);
}

export async function measureBuild({ args, env }: BuildOptions): Promise<BuildMeasurement> {
  const useGnuTime = existsSync(GNU_TIME);
  const reportDir = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  const report = join(reportDir, 'time.txt');
  const command = [process.execPath, ...args];
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    ...env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The default heap is what is being measured: no inherited --max-old-space-size.
  delete childEnv.NODE_OPTIONS;

  const started = performance.now();
  const child = useGnuTime
    ? spawn(GNU_TIME, ['-v', '-o', report, ...command], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command[0]!, command.slice(1), { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });

  let output = '';
  let partial = '';
  const tracker = phaseTracker();
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) tracker.line(line);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let polledPeak = 0;
  const poll = setInterval(() => (polledPeak = Math.max(polledPeak, treeRssBytes(child.pid ?? 0))), 50);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - started;
  clearInterval(poll);

  let largestProcessPeakRssBytes = 0;
  let cpuMs: number | undefined;
  if (useGnuTime) {
    const gnuTime = readGnuTimeReport(readFileSync(report, 'utf8'));
    largestProcessPeakRssBytes = gnuTime.maxRssBytes;
    cpuMs = gnuTime.cpuMs;
  }
  const peakRssBytes = Math.max(largestProcessPeakRssBytes, polledPeak);
  rmSync(reportDir, { recursive: true, force: true });

  const ok = exitCode === 0;
  return {
    ok,
    exitCode,
    ms,
    cpuMs,
    peakRssBytes,
    largestProcessPeakRssBytes,
    treePeakRssBytes: polledPeak,
    memorySource: largestProcessPeakRssBytes >= polledPeak ? 'gnu-time' : 'proc-poll',
    outputTail: ok ? undefined : output.split('\n').slice(-40).join('\n'),
    outOfMemory: /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY/i.test(output),
    phases: tracker.phases,
  };
}

/** Total bytes of the files under `folder`. */
export function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** How many `index.html` pages were written under `folder/articles`. */
export function countArticlePages(folder: string): number {
  const articles = join(folder, 'articles');
  if (!existsSync(articles)) return 0;
  return readdirSync(articles, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && existsSync(join(articles, entry.name, 'index.html')),
  ).length;
}
