/**
 * Clears a build's output folder and caches before a cold build without deleting them then.
 *
 * Why: on ext4, for a few minutes after thousands of files are deleted, creating files is slower
 * (the allocator steps over recently freed inodes). Deleting the last build's output right before
 * the next one made a cold 1,000-article build spend 17.9 s in the kernel instead of 9.7 s, a cost
 * a build on a fresh checkout never pays. So each folder is renamed into `bench/.trash/` (one
 * rename, no inode freed) and the trash is emptied once, after the last build.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const TRASH = 'bench/.trash';
let setAsideCount = 0;

/** Moves `path` out of the way (into the trash); nothing happens when it does not exist. */
export function setAside(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(TRASH, { recursive: true });
  try {
    renameSync(path, join(TRASH, `${process.pid}-${(setAsideCount += 1)}`));
  } catch (error) {
    // Another file system (a cache folder mounted elsewhere): deleting is the only way out.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    rmSync(path, { recursive: true, force: true });
  }
}

/** Deletes everything set aside: call it when no build is left to measure. */
export function emptyTrash(): void {
  rmSync(TRASH, { recursive: true, force: true });
}
