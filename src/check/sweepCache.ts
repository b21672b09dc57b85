/**
 * Keeps the on-disk caches (`tally-check`, `tally-og` in `node_modules/.cache`) from
 * growing for ever: an entry no run has used for a week is deleted, as Gradle's build cache does.
 *
 * Why: entries are named by the hash of their input, so every edit of an article, and every change
 * of the checker's code or the card's design, writes new entries and strands the old ones. On the
 * 1,000-article bench an article's check is 36 KB and its card 24 KB: each save in `astro dev`
 * strands up to 60 KB, and each update of the code or the packages strands 36 MB at 1,000 articles
 * and 350 MB at 10,000. Nothing deleted them before, and CI hosts keep `node_modules/.cache`
 * between builds.
 *
 * Rules:
 * - A run that uses an entry marks it used: its modification time, refreshed when it is more than
 *   a day old (`markUsed`, one `fstat` of a file already open): an entry in use is never deleted,
 *   and reading it writes to the disk at most once a day.
 * - A sweep deletes the folder's files (entries, and writes a crash left half done) last modified
 *   more than `UNUSED_FOR` ago. It runs at most once a day per folder: the time of the last sweep
 *   is a marker file's modification time.
 * - Only time is lost if a sweep deletes something another process is about to use: a missing
 *   entry is made again. An entry deleted between the two reads of a check (`checkCache.ts`) is
 *   the one exception, and it takes an entry unused for a week being read in the very moment of
 *   the day's sweep.
 * - The build sweeps the check's cache once its check passes and the cards' once it has written
 *   them (every card it uses read, so marked, by then); `npm run check` as it finishes; `astro dev`
 *   both a minute after it starts, so a launch never waits for it.
 *
 * Cost, measured 7 December 2026 (`node`, 36 KB files): sweeping 20,000 entries, half of them
 * unused for a month, took 384 and 393 ms; 20,000 with none to delete, 64 ms; a folder swept that
 * day already, one `stat` (0.02 ms). The build's 1,000-article bench left 36 MB of checks and 24 MB
 * of cards.
 */
import { futimesSync, fstatSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DAY = 24 * 60 * 60 * 1000;

/** How long an entry may go unused before a sweep deletes it. */
export const UNUSED_FOR = 7 * DAY;

/** The file whose modification time is the folder's last sweep. */
export const SWEEP_MARKER = '.last-sweep';

/** Marks the entry open at `fd` as used at `now`, if its mark is more than a day old. */
export function markUsed(fd: number, now = Date.now()): void {
  try {
    if (fstatSync(fd).mtimeMs < now - DAY) futimesSync(fd, now / 1000, now / 1000);
  } catch {
    // A read-only cache can still be read; its entries just age.
  }
}

/** When the folder was last swept, or 0 if never. */
function lastSwept(directory: string): number {
  try {
    return statSync(join(directory, SWEEP_MARKER)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Deletes the files in `directory` unused for `UNUSED_FOR`, unless it was swept within the last
 * day; the number deleted. A folder that does not exist is not created.
 */
export function sweepCache(directory: string, now = Date.now()): number {
  if (lastSwept(directory) > now - DAY) return 0;
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names) {
    if (name === SWEEP_MARKER) continue;
    const path = join(directory, name);
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.mtimeMs >= now - UNUSED_FOR) continue;
      rmSync(path, { force: true });
      deleted += 1;
    } catch {
      // Deleted meanwhile by another sweep, or not ours to delete: either way, leave it.
    }
  }
  try {
    writeFileSync(join(directory, SWEEP_MARKER), '');
    utimesSync(join(directory, SWEEP_MARKER), now / 1000, now / 1000);
  } catch {
    // A read-only cache is never swept; nothing is lost but disk.
  }
  return deleted;
}
