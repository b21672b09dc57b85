/**
 * Articles reach Vite as data, not as modules (`articleLoader.ts`): Astro's map of content modules,
 * which Vite bundles one module per entry, names no article after the suite's build.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the articles collection', () => {
  it('gives Vite no article to bundle as a module', () => {
    const modules = readFileSync('.astro/content-modules.mjs', 'utf8');
    expect(modules).toContain('export default new Map(');
    expect(modules).not.toMatch(/\.mdx/);
  });
});
