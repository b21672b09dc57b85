/**
 * Vitest global setup: one production build of the site into `dist/`, shared by every test that
 * reads the built pages. `TALLY_REUSE_DIST=1` reuses an existing build while iterating locally.
 */
import { existsSync } from 'node:fs';
import { runAstro } from './runAstro.ts';

export default async function buildSite(): Promise<void> {
  if (process.env.TALLY_REUSE_DIST === '1' && existsSync('dist/index.html')) return;
  const result = await runAstro(['build']);
  if (result.code !== 0) {
    throw new Error(`The site did not build (exit ${result.code}):\n${result.output}`);
  }
}
