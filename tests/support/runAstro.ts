/** Runs the project's own Astro CLI in a child process and collects what it printed. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ASTRO_CLI = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface AstroRun {
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

export function runAstro(args: string[], env: Record<string, string> = {}): Promise<AstroRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_CLI, ...args], {
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
