/**
 * The project's own `astro dev`, started as a child process on a free port with its content folder
 * and Astro cache of its own, for the dev-server tests and the dev-loop bench (`bench/measureDevLoop.ts`).
 * Other worktrees run the same tests at the same time: nothing here uses a fixed port or the
 * project's own `.astro` cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface DevServer {
  origin: string;
  process: ChildProcess;
  /** What the server printed so far (stdout and stderr, the last 200,000 characters). */
  output(): string;
  close(): Promise<void>;
}

export interface DevServerOptions {
  /** The articles' folder (`TALLY_CONTENT_DIR`). */
  contentDir: string;
  /** The project to run (default: this one). */
  root?: string;
  /** Node's own flags, before Astro's command line (`--inspect=127.0.0.1:0`). */
  nodeArgs?: string[];
  /** Astro's cache, kept when given (a second launch); by default a new folder, removed on close. */
  cacheDir?: string;
  /** More of Astro's command line (`--root bench/baseline`: another project run with this one's Astro). */
  astroArgs?: string[];
  /** More environment variables for the server. */
  env?: Record<string, string>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function startDevServer({
  contentDir,
  root = ROOT,
  nodeArgs = [],
  cacheDir: keptCacheDir,
  astroArgs = [],
  env: moreEnv = {},
}: DevServerOptions): Promise<DevServer> {
  const port = await freePort();
  const cacheDir = keptCacheDir ?? mkdtempSync(join(tmpdir(), 'tally-dev-cache-'));
  // A child of Vitest must not look like Vitest: the content check's integration stands aside
  // then, and Astro turns Vite's HMR (the browser's reload) off when NODE_ENV is `test`.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TALLY_CONTENT_DIR: resolve(contentDir),
    TALLY_ASTRO_CACHE_DIR: cacheDir,
    NO_COLOR: '1',
    ...moreEnv,
  };
  for (const name of Object.keys(env)) {
    if (name.startsWith('VITEST') || ['TEST', 'NODE_ENV', 'NODE_OPTIONS', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name))
      delete env[name];
  }
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(
    process.execPath,
    [...nodeArgs, astro, 'dev', ...astroArgs, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-200_000));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return {
    origin: `http://127.0.0.1:${port}`,
    process: child,
    output: () => output,
    async close() {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
      }
      if (keptCacheDir === undefined) rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Polls `url` until its body passes `accept`; fails after `timeoutMs`, saying what it saw last. */
export async function waitForPage(url: string, accept: (body: string) => boolean, timeoutMs: number): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (accept(body)) return body;
      last = `${response.status} ${body.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(25);
  }
  throw new Error(`${url} did not show the expected content within ${timeoutMs} ms (last: ${last})`);
}
