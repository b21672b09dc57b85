/**
 * The build's content check, running on worker threads while Astro sets itself up; the articles'
 * loader waits here before Astro reads any article.
 *
 * Rules:
 * - `astro build` sets the gate once the check starts (`integrations/contentCheck.ts`); the loader
 *   awaits it (`articleLoader.ts`). Outside a build (dev server, `astro sync`, tests) no gate is
 *   set and nothing waits.
 * - A failed check rejects with the checker's report, so Astro stops before reading content.
 * - The gate lives on `globalThis`: the integration and the content config are separate module
 *   instances in one process.
 */
const GATE = Symbol.for('tally.content-check-gate');
type WithGate = typeof globalThis & { [GATE]?: Promise<void> };

export function setContentCheckGate(check: Promise<void> | undefined): void {
  // Until someone awaits it, a failed check must not count as an unhandled rejection.
  check?.catch(() => undefined);
  (globalThis as WithGate)[GATE] = check;
}

/** Resolves once the running build's check has passed (at once when none runs). */
export function contentCheckPassed(): Promise<void> {
  return (globalThis as WithGate)[GATE] ?? Promise.resolve();
}
