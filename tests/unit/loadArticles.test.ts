/**
 * During `astro build`, the pages' articles are the ones the content check read (handed over by
 * `contentCheckGate.ts`), not a second reading of Astro's store. Here the gate is set by hand from
 * a check of a folder, as the build's integration sets it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { setContentCheckGate } from '../../src/lib/contentCheckGate.ts';
import { loadArticles } from '../../src/lib/loadArticles.ts';

const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';

function contentFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tally-load-'));
  const seed = readFileSync(SEED, 'utf8');
  // The seed's own date is the older one: nothing it reports can be dated after an article.
  writeFileSync(join(folder, 'the-seed.mdx'), seed.replace(/^published: .*$/m, 'published: 2025-05'));
  writeFileSync(join(folder, 'older.mdx'), seed);
  writeFileSync(join(folder, 'scheduled.mdx'), seed.replace(/^published: .*$/m, 'published: 2999-01'));
  writeFileSync(join(folder, 'a-draft.mdx'), seed.replace(/^published: .*$/m, '$&\ndraft: true'));
  return folder;
}

afterAll(() => setContentCheckGate(undefined));

describe('loadArticles during a build', () => {
  it("lists the content check's published articles, newest first, as it read and resolved them", async () => {
    const checked = checkContent({ directory: contentFolder(), locale: 'en-GB' });
    expect(checked.errors).toBe(0);
    expect([...checked.entries.keys()].sort()).toEqual(['a-draft', 'older', 'scheduled', 'the-seed']);
    setContentCheckGate(Promise.resolve(checked.entries));

    const articles = await loadArticles();
    expect(articles.map((article) => article.slug)).toEqual(['the-seed', 'older']);
    for (const article of articles) {
      const { entry, article: resolved } = checked.entries.get(article.slug)!;
      // The check's own resolution, not a second one.
      expect(article.resolved).toBe(resolved);
      expect(article.entry.digest).toBe(entry.digest);
      expect(article.entry.body).toBe(entry.body);
      expect(article.entry.filePath).toBe(entry.file);
      expect(article.resolved.title).toBe('New Wave of Mobilization and Conscripting Prisoners in Russia');
    }
    expect(articles[1]!.resolved.published.iso).toBe('2024-10');
  });
});
