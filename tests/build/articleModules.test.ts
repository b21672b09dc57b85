/**
 * Articles reach Vite as data, not as modules (`articleLoader.ts`): Astro's map of content modules,
 * which Vite bundles one module per entry, names no article after the suite's build (read by the
 * global setup, `tests/support/buildSite.ts`, before other tests' builds rewrite it).
 */
import { describe, expect, inject, it } from 'vitest';

describe('the articles collection', () => {
  it('gives Vite no article to bundle as a module', () => {
    const modules = inject('contentModules');
    expect(modules).toContain('export default new Map(');
    expect(modules).not.toMatch(/\.mdx/);
  });
});
