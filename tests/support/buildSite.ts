/**
 * Vitest global setup: one production build of the site into `dist/`, shared by every test that
 * reads the built pages. `TALLY_REUSE_DIST=1` reuses an existing build while iterating locally.
 *
 * What the build leaves outside `dist/` is read here, before any test runs, and handed to the tests
 * (`inject`): other tests build other content in the same project, and rewrite `.astro/` as they go.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from './runBuild.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `.astro/content-modules.mjs` as the suite's build left it: Astro's map of content modules. */
    contentModules: string;
    /** Astro's content store as the suite's build left it (`data-store.json` in its cache folder). */
    dataStore: string;
  }
}

export default async function buildSite(project: TestProject): Promise<void> {
  if (process.env.TALLY_REUSE_DIST !== '1' || !existsSync('dist/index.html')) {
    const result = await runBuild([]);
    if (result.code !== 0) {
      throw new Error(`The site did not build (exit ${result.code}):\n${result.output}`);
    }
  }
  project.provide('contentModules', readFileSync('.astro/content-modules.mjs', 'utf8'));
  const cacheDir = process.env.TALLY_ASTRO_CACHE_DIR ?? 'node_modules/.astro';
  project.provide('dataStore', readFileSync(join(cacheDir, 'data-store.json'), 'utf8'));
}
