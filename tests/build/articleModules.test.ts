/**
 * Articles reach Vite as data, not as modules, and the build leaves Astro's content store empty
 * (`articleLoader.ts`): pages read the articles the content check resolved. Both files are read
 * by the global setup (`tests/support/buildSite.ts`) after the suite's build, before other tests'
 * builds rewrite them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';
const SEED_TITLE = /^title: (.+)$/m.exec(readFileSync(SEED, 'utf8'))![1]!;

describe('the articles collection', () => {
  it('gives Vite no article to bundle as a module', () => {
    const modules = inject('contentModules');
    expect(modules).toContain('export default new Map(');
    expect(modules).not.toMatch(/\.mdx/);
  });

  it('stores no article in Astro’s content store, which Vite would bundle as one module', () => {
    const store = inject('dataStore');
    expect(store).toContain('meta::meta');
    expect(store).not.toContain('"articles"');
    expect(SEED_TITLE).toMatch(/Mobilization/);
    expect(store).not.toContain(SEED_TITLE);
  });
});
