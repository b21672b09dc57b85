/**
 * Vitest for `npm run bench:engine` only: the micro-benchmarks need neither Astro's Vite
 * config nor the site build the test suite sets up.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
