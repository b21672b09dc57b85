/**
 * The dev server's checked articles, kept current file by file (`check/liveContentCheck.ts`): what
 * pages read in `astro dev` instead of Astro's content store.
 *
 * Rules:
 * - `astro dev` sets it once, when its integration sets up (`integrations/contentCheck.ts`), to the
 *   check of the whole folder; the articles' loader then stores nothing (`articleLoader.ts`), and
 *   `loadArticles.ts` builds its list from it, again after every change.
 * - Outside `astro dev` (build, `astro sync`, tests) nothing is set, and nothing changes.
 * - It lives on `globalThis`, like `contentCheckGate.ts`: the integration and the pages are
 *   separate module instances in one process.
 */
import type { LiveContentCheck } from '../check/liveContentCheck.ts';

const LIVE = Symbol.for('tally.live-content');
type WithLive = typeof globalThis & { [LIVE]?: Promise<LiveContentCheck> };

export function setLiveContent(live: Promise<LiveContentCheck> | undefined): void {
  live?.catch(() => undefined);
  (globalThis as WithLive)[LIVE] = live;
}

/** The dev server's live check, once its first check of the folder is done; undefined elsewhere. */
export function liveContent(): Promise<LiveContentCheck> | undefined {
  return (globalThis as WithLive)[LIVE];
}
