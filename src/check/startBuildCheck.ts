/**
 * The content check of a build, on worker threads, started once per process.
 *
 * Rules:
 * - `npm run build` (`scripts/build.ts`) starts it before importing Astro, so the check runs on
 *   the core Astro's own start-up leaves idle (about a second); the build's integration
 *   (`integrations/contentCheck.ts`) then takes that same check instead of starting another.
 *   Under a plain `astro build` the integration starts it.
 * - A check is taken only if it was started with the same options (folder, locale, root, cache),
 *   so `--root` or another content folder in the config never reuses the wrong one.
 * - It lives on `globalThis`: `scripts/build.ts` and the integration load this module as separate
 *   instances (Node's loader and Vite's).
 * - Only worker threads check; the calling thread is left to Astro.
 */
import { resolve } from 'node:path';
import { siteConfig } from '../siteConfig.ts';
import { contentDirectory } from '../lib/contentDirectory.ts';
import { defaultCheckCacheDirectory } from './checkCache.ts';
import type { ContentCheck, ContentCheckOptions } from './checkContent.ts';
import { checkContentOnThreads } from './checkContentOnThreads.ts';

const RUNNING = Symbol.for('tally.build-content-check');
type WithRunning = typeof globalThis & { [RUNNING]?: { key: string; check: Promise<ContentCheck> } };

/** The options of a build's check of the project at `root`. */
export function buildCheckOptions(root: string): ContentCheckOptions {
  return {
    directory: contentDirectory(),
    locale: siteConfig.locale,
    root: resolve(root),
    cacheDirectory: defaultCheckCacheDirectory(),
  };
}

/** The check of the project at `root`: the one already running with the same options, or a new one. */
export function startBuildCheck(root: string): Promise<ContentCheck> {
  const options = buildCheckOptions(root);
  const key = JSON.stringify(options);
  const running = (globalThis as WithRunning)[RUNNING];
  if (running?.key === key) return running.check;
  const check = checkContentOnThreads(options, { callerChecks: false });
  // A check nobody takes (a build that stopped first) must not count as an unhandled rejection.
  check.catch(() => undefined);
  (globalThis as WithRunning)[RUNNING] = { key, check };
  return check;
}
