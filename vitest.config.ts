/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Tests that measure time in a browser: they run last and alone, because load moves their figures. */
const TIMED_TESTS = ['tests/perf/**/*.test.ts'];

export default getViteConfig({
  test: {
    // Builds `dist/` once for every test that reads the built site or drives a browser.
    globalSetup: ['tests/support/buildSite.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['tests/**/*.test.ts'],
          exclude: TIMED_TESTS,
          // Two cores: browser and build tests compete for them.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: TIMED_TESTS,
          // Lighthouse's total blocking time is the page's main-thread work times four: with a build
          // or another browser on the other core it went from 80–210 ms to 250 ms and more, and the
          // performance score under 0.9, with the page unchanged.
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
        },
      },
    ],
  },
});
