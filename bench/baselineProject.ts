/**
 * The bench's bare Astro + MDX project (`bench/baseline/`), which the build bench (`run.ts`) and
 * the dev-loop bench (`measureDevLoop.ts`) both run with this project's Astro: where it is, and how
 * it is told its corpus (`BENCH_CONTENT_DIR`, read by its `src/content.config.ts`).
 */
import { resolve } from 'node:path';

/** The baseline's root, relative to this project's. */
export const BASELINE_ROOT = 'bench/baseline';

/** The environment that points the baseline at `corpus`. */
export function baselineEnv(corpus: string): Record<string, string> {
  return { BENCH_CONTENT_DIR: resolve(corpus) };
}
