/**
 * The build's content check, running while Astro sets itself up; the articles' loader waits here
 * before Astro reads any content, and the pages read the articles the check resolved.
 *
 * Rules:
 * - `astro build` sets the gate once the check starts (`integrations/contentCheck.ts`); the loader
 *   awaits it (`articleLoader.ts`). Outside a build (dev server, `astro sync`, tests) no gate is
 *   set and nothing waits.
 * - A failed check rejects with the checker's report, so Astro stops before reading content.
 * - A passed check resolves with every article, resolved and as a collection entry, by id.
 * - The gate lives on `globalThis`: the integration and the content config are separate module
 *   instances in one process.
 */
import type { CheckedArticle } from '../check/checkContent.ts';

/** The articles of a passed check, by id (the slug of the file's name). */
export type CheckedArticles = ReadonlyMap<string, CheckedArticle>;

const GATE = Symbol.for('tally.content-check-gate');
type WithGate = typeof globalThis & { [GATE]?: Promise<CheckedArticles> };

export function setContentCheckGate(check: Promise<CheckedArticles> | undefined): void {
  // Until someone awaits it, a failed check must not count as an unhandled rejection.
  check?.catch(() => undefined);
  (globalThis as WithGate)[GATE] = check;
}

/** The running build's articles once its check has passed; undefined (at once) when none runs. */
export function contentCheckPassed(): Promise<CheckedArticles | undefined> {
  return (globalThis as WithGate)[GATE] ?? Promise.resolve(undefined);
}
