/**
 * Remembers each file's check between runs, so a rebuild checks only the articles that changed.
 *
 * Rules:
 * - A result is stored under the hash of everything `checkArticle` reads: the file's bytes, its
 *   path as shown in messages, its settings (the locale and the limits), and a fingerprint of the
 *   code (the checker, the fact engine, the schema sources and the site config, and the installed
 *   packages' lock file). Change any of them and the file is checked again.
 * - Results are stored with `v8.serialize`, so the resolved article comes back as it was made.
 * - An entry holds what a list of articles reads first (the problems; the title, dates, section and
 *   tags) and then, apart, what only the article's own page reads (`LATER`: its numbers, the same
 *   fields of its frontmatter, its text). The first part is read alone; the rest when one of its
 *   fields is first used. The dev server's launch reads the folder's first parts and the rest of
 *   the one article it shows. Measured 7 December 2026 with 1,000 bench articles in the cache:
 *   `LiveContentCheck.start` took 196–215 ms against 442–602 ms reading whole entries (five runs
 *   each), and eight interleaved launches of `astro dev` to the first article page 5.15 s median
 *   (4.93–5.99) against 5.64 s (5.17–7.74). (Before, only the numbers were read later, and from
 *   bytes read with the rest: 5.14 s against 5.37 s, nine launches, the same day.)
 * - Reading an entry marks it used; entries unused for a week are deleted (`sweepCache.ts`).
 * - The cache can only save time: an unreadable entry is checked again and overwritten. An entry
 *   deleted between its two reads (its folder is in `node_modules/.cache`) is an error naming it.
 *
 * What it saves, measured 7 December 2026 (1,000 bench articles, one edited, three interleaved
 * pairs, load average 6–14 on two shared cores): a warm rebuild took 14.3 / 18.0 / 13.6 s of CPU
 * with it and 20.6 / 21.6 / 19.5 s without (20–44 % less). The cold pairs moved too (+7 to +21 %
 * without it), which an empty cache cannot cause: that is the machine's spread.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { ArticleCheck } from './checkArticle.ts';
import { markUsed } from './sweepCache.ts';

/** The folders and files whose code decides a check's result. */
const CODE_FOLDERS = ['../check', '../facts', '../schema', '../siteConfig.ts'];

let fingerprint: string | undefined;

/** A hash of the checker's own code and the installed packages it runs on. */
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    const path = fileURLToPath(new URL(folder, import.meta.url));
    if (path.endsWith('.ts')) {
      hash.update(`${folder}\n`).update(readFileSync(path));
      continue;
    }
    for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash.update(`${folder}/${name}\n`).update(readFileSync(join(path, name)));
    }
  }
  try {
    hash.update(readFileSync(join(process.cwd(), 'node_modules', '.package-lock.json')));
  } catch {
    hash.update(`no lock file: ${Date.now()}`); // cannot tell the packages apart: never reuse
  }
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** `settings`: everything besides the file and the code that decides its check (locale, limits). */
export interface CheckCache {
  /** `bytes`: the file as read, before decoding: a file read before needs no decoding at all. */
  get(bytes: Uint8Array, file: string, settings: string): ArticleCheck | undefined;
  set(bytes: Uint8Array, file: string, settings: string, check: ArticleCheck): void;
}

const NO_CACHE: CheckCache = { get: () => undefined, set: () => undefined };

/**
 * What a list of articles leaves unread, stored after the rest of an entry: an article's numbers,
 * the same fields of its frontmatter, and its text.
 */
const LATER = {
  article: ['sources', 'figures', 'facts', 'timeline', 'charts', 'byId', 'unattributed'],
  entry: ['body'],
  data: ['sources', 'figures', 'facts', 'timeline', 'charts'],
} as const;

type Part = keyof typeof LATER;
type Fields = Record<string, unknown>;
type Parts = Partial<Record<Part, Fields>>;

/** An entry's first part: the check without `LATER`'s fields, and each part's fields in order. */
interface Stored {
  check: ArticleCheck;
  order: Partial<Record<Part, string[]>>;
}

function partsOf({ article, entry }: ArticleCheck): Parts {
  return {
    ...(article && { article: article as unknown as Fields }),
    ...(entry && { entry: entry as unknown as Fields, data: entry.data as unknown as Fields }),
  };
}

/** `fields` as two: those `later` does not name, and those it does. */
function split(fields: Fields, later: readonly string[]): [Fields, Fields] {
  const entries = Object.entries(fields);
  return [
    Object.fromEntries(entries.filter(([key]) => !later.includes(key))),
    Object.fromEntries(entries.filter(([key]) => later.includes(key))),
  ];
}

/** `[first part's length, 4 bytes][first part][LATER's fields]`, each part `v8.serialize`d. */
export function encodeEntry(check: ArticleCheck): Buffer {
  const parts = Object.entries(partsOf(check)) as [Part, Fields][];
  const now: Parts = {};
  const later: Parts = {};
  for (const [part, fields] of parts) [now[part], later[part]] = split(fields, LATER[part]);
  const first: Stored = {
    check: {
      ...check,
      ...(now.article && { article: now.article }),
      ...(now.entry && { entry: { ...now.entry, data: now.data } }),
    } as ArticleCheck,
    order: Object.fromEntries(parts.map(([part, fields]) => [part, Object.keys(fields)])),
  };
  const head = serialize(first);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  return Buffer.concat([length, head, serialize(later)]);
}

/** The first part of the entry at `path`, read alone. */
function readFirstPart(path: string): { stored: Stored; restAt: number } {
  const fd = openSync(path, 'r');
  try {
    markUsed(fd);
    const length = Buffer.alloc(4);
    if (readSync(fd, length, 0, 4, 0) !== 4) throw new Error('no length');
    const head = Buffer.allocUnsafe(length.readUInt32LE(0));
    if (readSync(fd, head, 0, head.length, 4) !== head.length) throw new Error('cut short');
    return { stored: deserialize(head) as Stored, restAt: 4 + head.length };
  } finally {
    closeSync(fd);
  }
}

/** `fields` in `order`, those `later` names as getters that `read` replaces with their values. */
function reassemble(fields: Fields, order: readonly string[], later: readonly string[], read: () => void): Fields {
  const made: Fields = {};
  for (const key of order) {
    if (!later.includes(key)) made[key] = fields[key];
    else Object.defineProperty(made, key, { enumerable: true, configurable: true, get: () => (read(), made[key]) });
  }
  return made;
}

/** Marks a restored check with where it was read (`cachedCheckOf`). */
const READ_FROM = Symbol('tally.check-cache.read-from');

/**
 * The check stored at `path`; `LATER`'s fields are read from it, all at once and in one piece,
 * when one is first used. An entry deleted meanwhile is an error naming it.
 */
function restore(path: string, file: string): ArticleCheck {
  const { stored, restAt } = readFirstPart(path);
  const made: Parts = {};
  const read = () => {
    let later: Parts;
    try {
      later = deserialize(readFileSync(path).subarray(restAt)) as Parts;
    } catch (error) {
      throw new Error(
        `${file}: its cached check, ${path}, cannot be read again (${(error as Error).message}): run the command again`,
      );
    }
    for (const [part, fields] of Object.entries(made) as [Part, Fields][]) {
      for (const [key, value] of Object.entries(later[part] ?? {})) {
        Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
      }
    }
  };
  for (const [part, fields] of Object.entries(partsOf(stored.check)) as [Part, Fields][]) {
    made[part] = reassemble(fields, stored.order[part] ?? [], LATER[part], read);
  }
  if (made.entry) made.entry.data = made.data;
  const check = {
    ...stored.check,
    ...(made.article && { article: made.article }),
    ...(made.entry && { entry: made.entry }),
  } as ArticleCheck;
  // Not copied to another thread: a symbol key (see `CachedCheck`).
  Object.defineProperty(check, READ_FROM, { value: { cacheEntry: path, file } satisfies CachedCheck });
  return check;
}

/**
 * Where a check restored from the cache was read: what a worker thread sends instead of the check
 * (`checkContentOnThreads.ts`), so the thread that receives it reads the entry's first part
 * itself. Sending the check would copy it whole, and copying reads its later fields in the worker.
 */
export interface CachedCheck {
  /** The entry's path. */
  cacheEntry: string;
  /** The file, as messages show it. */
  file: string;
}

/** Where `check` was read from the cache; undefined for a check made this run. */
export function cachedCheckOf(check: ArticleCheck): CachedCheck | undefined {
  return (check as ArticleCheck & { [READ_FROM]?: CachedCheck })[READ_FROM];
}

/** The check a `CachedCheck` names, or undefined if its entry cannot be read any more. */
export function readCachedCheck({ cacheEntry, file }: CachedCheck): ArticleCheck | undefined {
  try {
    return restore(cacheEntry, file);
  } catch {
    return undefined;
  }
}

export function openCheckCache(directory: string): CheckCache {
  let code: string;
  try {
    code = codeFingerprint();
  } catch {
    return NO_CACHE; // the code cannot be fingerprinted, so no result can be trusted
  }
  const entry = (bytes: Uint8Array, file: string, settings: string) =>
    join(directory, `${createHash('sha256').update(`${code}\n${file}\n${settings}\n`).update(bytes).digest('hex')}.v8`);
  return {
    get(bytes, file, settings) {
      return readCachedCheck({ cacheEntry: entry(bytes, file, settings), file });
    },
    set(bytes, file, settings, check) {
      const path = entry(bytes, file, settings);
      // Write then rename, so a check running alongside never reads half a file.
      const partial = `${path}.${process.pid}-${threadId}.tmp`;
      try {
        mkdirSync(directory, { recursive: true });
        writeFileSync(partial, encodeEntry(check));
        renameSync(partial, path);
      } catch {
        // A full or read-only disk only costs the next run its time.
      }
    },
  };
}

/** Where builds and `npm run check` keep results (`TALLY_CHECK_CACHE_DIR` moves it). */
export function defaultCheckCacheDirectory(): string {
  return process.env.TALLY_CHECK_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'tally-check');
}
