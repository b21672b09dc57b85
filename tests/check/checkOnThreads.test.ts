/**
 * The content check on several threads gives exactly what the one-thread check gives: the same
 * problems in the same order, and the same resolved articles, whichever thread checked a file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { checkContentOnThreads } from '../../src/check/checkContentOnThreads.ts';

// Broken articles of every kind (errors, warnings, a duplicate slug), and articles that pass.
const FOLDERS = ['tests/fixtures/invalid', 'tests/fixtures/hostile', 'content/articles'];

describe.each(FOLDERS)('checking %s on threads', (directory) => {
  const options = { directory, locale: 'en-GB' };
  const expected = checkContent(options);

  it('gives what one thread gives when a worker checks every file', async () => {
    const result = await checkContentOnThreads(options, { workers: 1, callerChecks: false });
    expect(result.articles).toBeGreaterThan(0);
    expect(result).toStrictEqual(expected);
  });

  it('gives what one thread gives when workers and the caller share the files', async () => {
    expect(await checkContentOnThreads(options, { workers: 2 })).toStrictEqual(expected);
  });
});

describe('checking on threads from the check cache', () => {
  it('gives what one thread gives when a worker reads every result from the cache', async () => {
    const cacheDirectory = mkdtempSync(join(tmpdir(), 'tally-threads-cache-'));
    try {
      const options = { directory: 'content/articles', locale: 'en-GB', cacheDirectory };
      const expected = checkContent({ directory: 'content/articles', locale: 'en-GB' });
      await checkContentOnThreads(options, { workers: 1, callerChecks: false });
      // The second run's results come from the cache. The worker sends where it read each one,
      // not the check, so its article's numbers are still unread when it arrives here.
      const cached = await checkContentOnThreads(options, { workers: 1, callerChecks: false });
      expect(cached.resolved.size).toBeGreaterThan(0);
      for (const article of cached.resolved.values()) {
        expect(Object.getOwnPropertyDescriptor(article, 'figures')?.get).toBeTypeOf('function');
      }
      expect(cached).toStrictEqual(expected);
    } finally {
      rmSync(cacheDirectory, { recursive: true, force: true });
    }
  });
});
