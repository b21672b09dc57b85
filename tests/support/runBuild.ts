/**
 * Runs the project's build (`npm run build`: `scripts/build.ts`, which is `astro build`) in a child
 * process with the given options, and collects what it printed.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildRun {
  code: number | null;
  /** stdout and stderr, interleaved as printed, without colour codes. */
  output: string;
}

// Vitest copies its Vite env into process.env (NODE_ENV=test, MODE, DEV=1, BASE_URL=/, SITE, …).
// A build that inherited them would run as dev (drafts built) and ignore TALLY_BASE.
const VITEST_VITE_ENV = ['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX'];

function parentEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of VITEST_VITE_ENV) delete env[name];
  return env;
}

// Every run writes the shared `.astro/` and content cache (content-modules.mjs names the articles
// of *its* content folder), so two runs at once, from two test files, could build each other's
// articles. Runs take turns through a lock folder; one left by a dead process is taken over.
const LOCK = join(ROOT, 'node_modules', '.cache', 'tally-astro-run.lock');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function takeTurn<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(join(LOCK, 'pid'), 'utf8').catch(() => '0'));
      if (owner > 0 && !isRunning(owner)) await rm(LOCK, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  await writeFile(join(LOCK, 'pid'), String(process.pid));
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** `args`: `astro build` options (`--outDir`, `--force`…). */
export function runBuild(args: string[], env: Record<string, string> = {}): Promise<BuildRun> {
  return takeTurn(() => spawnBuild(args, env));
}

function spawnBuild(args: string[], env: Record<string, string>): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILD_SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...parentEnv(), ...env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    // eslint-disable-next-line no-control-regex
    child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
