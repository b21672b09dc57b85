/**
 * The caches' sweep: entries no run has used for a week are deleted, at most once a day, and a run
 * that uses an entry keeps it.
 */
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent.ts';
import { markUsed, sweepCache, SWEEP_MARKER, UNUSED_FOR } from '../../src/check/sweepCache.ts';
import { runScript } from '../support/runScript.ts';

const DAY = 24 * 60 * 60 * 1000;
const SEED = 'content/articles/new-wave-of-mobilization-and-conscripting-prisoners-in-russia.mdx';

let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tally-sweep-'));
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `name` in `folder`, last modified `ageMs` before `now`. */
function plant(folder: string, name: string, ageMs: number, now = Date.now()): string {
  const path = join(folder, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, name);
  utimesSync(path, (now - ageMs) / 1000, (now - ageMs) / 1000);
  return path;
}

const names = (folder: string) => readdirSync(folder).sort();

describe('sweepCache', () => {
  it('deletes the files unused for more than a week and keeps the rest', () => {
    const now = Date.now();
    plant(scratch, 'stale.v8', UNUSED_FOR + DAY, now);
    plant(scratch, 'just-stale.png', UNUSED_FOR + 60_000, now);
    plant(scratch, 'left-by-a-crash.v8.123-0.tmp', 30 * DAY, now);
    plant(scratch, 'used-six-days-ago.v8', 6 * DAY, now);
    plant(scratch, 'used-today.png', 0, now);
    mkdirSync(join(scratch, 'a-folder'));
    utimesSync(join(scratch, 'a-folder'), (now - 30 * DAY) / 1000, (now - 30 * DAY) / 1000);
    expect(sweepCache(scratch, now)).toBe(3);
    expect(names(scratch)).toEqual([SWEEP_MARKER, 'a-folder', 'used-six-days-ago.v8', 'used-today.png']);
  });

  it('sweeps a folder at most once a day', () => {
    const now = Date.now();
    plant(scratch, 'a.v8', 10 * DAY, now);
    expect(sweepCache(scratch, now)).toBe(1);
    plant(scratch, 'b.v8', 10 * DAY, now);
    expect(sweepCache(scratch, now + DAY - 60_000)).toBe(0);
    expect(names(scratch)).toContain('b.v8');
    expect(sweepCache(scratch, now + DAY + 60_000)).toBe(1);
    expect(names(scratch)).toEqual([SWEEP_MARKER]);
  });

  it('creates no folder that is not there', () => {
    const missing = join(scratch, 'never-made');
    expect(sweepCache(missing)).toBe(0);
    expect(() => statSync(missing)).toThrow(/ENOENT/);
  });
});

describe('markUsed', () => {
  it('moves the mark of an entry last used over a day ago to now, and leaves a recent one alone', () => {
    const now = Date.now();
    const old = plant(scratch, 'old.v8', 3 * DAY, now);
    const recent = plant(scratch, 'recent.v8', DAY / 2, now);
    for (const path of [old, recent]) {
      const fd = openSync(path, 'r');
      markUsed(fd, now);
      closeSync(fd);
    }
    expect(statSync(old).mtimeMs).toBeCloseTo(now, -1);
    expect(statSync(recent).mtimeMs).toBeCloseTo(now - DAY / 2, -1);
  });
});

describe('the check cache, swept', () => {
  it('keeps an entry a check read, however old, and deletes one no check read', () => {
    const folder = join(scratch, 'articles');
    const cacheDirectory = join(scratch, 'cache');
    mkdirSync(folder);
    copyFileSync(SEED, join(folder, 'seed.mdx'));
    const check = () => checkContent({ directory: folder, locale: 'en-GB', root: scratch, cacheDirectory });
    check();
    const [entry] = names(cacheDirectory);
    const now = Date.now();
    utimesSync(join(cacheDirectory, entry!), (now - 30 * DAY) / 1000, (now - 30 * DAY) / 1000);
    plant(cacheDirectory, 'an-edit-ago.v8', 30 * DAY, now);
    check();
    expect(sweepCache(cacheDirectory, now)).toBe(1);
    expect(names(cacheDirectory)).toEqual([SWEEP_MARKER, entry]);
  });

  it('is swept by npm run check', () => {
    const cacheDirectory = join(scratch, 'cache');
    plant(cacheDirectory, 'stale.v8', 30 * DAY);
    const run = runScript('check.ts', [], {
      TALLY_CONTENT_DIR: 'content/articles',
      TALLY_CHECK_CACHE_DIR: cacheDirectory,
    });
    expect(run.status).toBe(0);
    const left = names(cacheDirectory);
    expect(left).not.toContain('stale.v8');
    expect(left).toContain(SWEEP_MARKER);
    expect(left.filter((name) => name.endsWith('.v8'))).toHaveLength(readdirSync('content/articles').length);
  });
});
