/** Runs one of the project's `scripts/*.ts` with this Node (24, type stripping) and collects its output. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync(process.execPath, [`scripts/${script}`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
