import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBuildCheck } from '../../src/check/startBuildCheck.ts';

describe('startBuildCheck', () => {
  it("gives the check already running for the same project, as Astro's root names it too", async () => {
    const first = startBuildCheck(process.cwd());
    // Astro's config.root ends with a slash.
    expect(startBuildCheck(`${process.cwd()}/`)).toBe(first);
    const result = await first;
    expect(result.errors).toBe(0);
    expect(result.entries.size).toBeGreaterThan(0);
  });

  it('starts a new check for another project rather than reuse one of different files', async () => {
    const first = startBuildCheck(process.cwd());
    const elsewhere = startBuildCheck(join(process.cwd(), 'tests', 'fixtures'));
    expect(elsewhere).not.toBe(first);
    // tests/fixtures has no content/articles folder.
    await expect(elsewhere).rejects.toThrow(/ENOENT/);
  });
});
