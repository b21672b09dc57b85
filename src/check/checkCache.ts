/**
 * Remembers each file's check between runs, so a rebuild checks only the articles that changed.
 *
 * Rules:
 * - A result is stored under the hash of everything `checkArticle` reads: the file's bytes, its
 *   path as shown in messages, its settings (the locale and the limits), and a fingerprint of the
 *   code (the checker, the fact engine, the schema sources and the site config, and the installed
 *   packages' lock file). Change any of them and the file is checked again.
 * - Results are stored with `v8.serialize`, so the resolved article comes back as it was made.
 * - An article's numbers (`NUMBERS`: its figures, facts, sources, timeline and charts) are stored
 *   as a part of their own, read the first time one of them is used. Lists read only the rest
 *   (title, dates, section, tags), so the dev server's launch reads the numbers of the one article
 *   it shows, not of all of them: measured 7 December 2026, 1,000 bench articles in the cache, nine
 *   interleaved launches of `astro dev` to the first article page, 5.14 s median against 5.37 s
 *   (`LiveContentCheck.start` alone 440–459 ms against 604–666 ms).
 * - The cache can only save time: an unreadable entry is checked again and overwritten.
 *
 * What it saves, measured 7 December 2026 (1,000 bench articles, one edited, three interleaved
 * pairs, load average 6–14 on two shared cores): a warm rebuild took 14.3 / 18.0 / 13.6 s of CPU
 * with it and 20.6 / 21.6 / 19.5 s without (20–44 % less). The cold pairs moved too (+7 to +21 %
 * without it), which an empty cache cannot cause: that is the machine's spread.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import type { ArticleCheck } from './checkArticle.ts';

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

/** The parts of a resolved article stored apart: every one a list of articles leaves unread. */
const NUMBERS = ['sources', 'figures', 'facts', 'timeline', 'charts', 'byId', 'unattributed'] as const;

type NumberKey = (typeof NUMBERS)[number];

/** An entry: the check, its article without `NUMBERS`, and those serialized on their own. */
interface Stored extends Omit<ArticleCheck, 'article'> {
  article?: Omit<ResolvedArticle, NumberKey>;
  numbers?: Uint8Array;
}

function store(check: ArticleCheck): Buffer {
  if (!check.article) return serialize(check);
  const article: Partial<ResolvedArticle> = { ...check.article };
  const numbers: Partial<Pick<ResolvedArticle, NumberKey>> = {};
  for (const key of NUMBERS) {
    Object.assign(numbers, { [key]: article[key] });
    delete article[key];
  }
  return serialize({ ...check, article: article as Stored['article'], numbers: serialize(numbers) } satisfies Stored);
}

/** The stored check, its article's numbers read (all at once, in one piece) when first used. */
function restore(bytes: Buffer): ArticleCheck {
  const stored = deserialize(bytes) as Stored;
  const { numbers, article, ...check } = stored;
  if (!numbers || !article) return stored as ArticleCheck;
  const read = () => {
    const values = deserialize(numbers) as Pick<ResolvedArticle, NumberKey>;
    for (const key of NUMBERS) {
      Object.defineProperty(article, key, { value: values[key], enumerable: true, writable: true, configurable: true });
    }
  };
  for (const key of NUMBERS) {
    Object.defineProperty(article, key, {
      enumerable: true,
      configurable: true,
      get: () => (read(), (article as ResolvedArticle)[key]),
    });
  }
  return { ...check, article: article as ResolvedArticle };
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
      try {
        return restore(readFileSync(entry(bytes, file, settings)));
      } catch {
        return undefined;
      }
    },
    set(bytes, file, settings, check) {
      const path = entry(bytes, file, settings);
      // Write then rename, so a check running alongside never reads half a file.
      const partial = `${path}.${process.pid}-${threadId}.tmp`;
      try {
        mkdirSync(directory, { recursive: true });
        writeFileSync(partial, store(check));
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
