/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds `dist/` once for every test that reads the built site or drives a browser.
    globalSetup: ['tests/support/buildSite.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: browser and build tests compete for them. No test measures time, so none has to
    // run alone (Lighthouse's performance score is printed by `npm run lighthouse`, not tested).
    maxWorkers: 2,
  },
});
