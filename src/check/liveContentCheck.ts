/**
 * The content check kept current while `astro dev` runs: the whole folder once, then only the
 * file that changed.
 *
 * Why: re-checking every article on each save (and printing every warning of every article)
 * took seconds at 1,000 articles. One file's check takes milliseconds; the folder's own rules
 * (`combineChecks`: duplicate slugs, files left out, the sections' limit) read no file, so they
 * run again on each change at no real cost.
 *
 * Rules:
 * - Changes are handled one at a time, in the order they arrive; `settled()` resolves once none
 *   is waiting, so a request made just after a save sees the new result, never the old one. A
 *   request for an article's page looks at its file first (`articleRequested`), in case it comes
 *   before the watcher's event.
 * - A file whose bytes are the same as at its last check (an editor that writes twice, a touch)
 *   changes nothing and reports nothing.
 * - A save seen mid-write reads as empty or cut short: when a file reads empty or its check has
 *   errors, it is read again after `SETTLE_MS`, and checked again if it changed meanwhile.
 * - Each change reports the changed file's problems, as `npm run check` prints them, once; that
 *   its errors are fixed; and problems of other files that the change made or cleared (a slug two
 *   files now share). Nothing about unchanged files is repeated.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ArticleCheck } from './checkArticle.ts';
import {
  checkFileNamed,
  combineChecks,
  displayPath,
  fileCheckContext,
  readContentFolder,
  slugForFile,
  type ContentCheck,
  type ContentCheckOptions,
  type FileCheckContext,
} from './checkContent.ts';
import { countOf, formatProblem, type CheckProblem } from './CheckProblem.ts';

/** How long a save seen mid-write is given to finish before the file is read again. */
export const SETTLE_MS = 100;

/** One line for the terminal, at the level a logger prints it. */
export interface ReportLine {
  level: 'error' | 'warn' | 'info';
  text: string;
}

/** What one change did: the folder's result after it, and what to tell the editor. */
export interface ContentChange {
  /** The changed file, as messages show it (`content/articles/x.mdx`). */
  file: string;
  check: ContentCheck;
  report: ReportLine[];
}

/** An article that has errors: what its page shows instead of itself in `astro dev`. */
export interface FailingArticle {
  /** Its URL slug: the page its errors replace. */
  slug: string;
  /** As messages show it. */
  file: string;
  absolutePath: string;
  /** Its errors, in file order. */
  errors: CheckProblem[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A file's bytes (`undefined` if it cannot be read), and their digest: what its check was of. */
function readFile(path: string): { bytes?: Buffer; digest?: string } {
  try {
    const bytes = readFileSync(path);
    return { bytes, digest: createHash('sha1').update(bytes).digest('hex') };
  } catch {
    return {};
  }
}

const digestOf = (path: string) => readFile(path).digest;

function hasErrors(check: ArticleCheck): boolean {
  return check.problems.some((problem) => problem.severity === 'error');
}

export class LiveContentCheck {
  #context: FileCheckContext;
  #checks: Map<string, ArticleCheck>;
  #digests = new Map<string, string | undefined>();
  #current: ContentCheck;
  #queue: Promise<void> = Promise.resolve();
  #waiting = 0;
  #onChange: (change: ContentChange) => void;
  #failing: { check: ContentCheck; articles: FailingArticle[] } | undefined;
  /** Goes up by one with every change that altered the result; pages memoize on it. */
  version = 0;

  private constructor(
    context: FileCheckContext,
    checks: Map<string, ArticleCheck>,
    current: ContentCheck,
    onChange: (change: ContentChange) => void,
  ) {
    this.#context = context;
    this.#checks = checks;
    this.#current = current;
    this.#onChange = onChange;
  }

  /**
   * Checks the whole folder once, on the calling thread. Each file is read once: its digest is of
   * the very bytes checked, and a save after the read is the watcher's event to check it again.
   *
   * Why not worker threads: measured 7 December 2026 (1,000 bench articles, all in the check
   * cache, quiet machine, two cores, five interleaved second launches of `astro dev` to the first
   * article page), the first page came after 5.09 s (median; 4.98–5.38) checking here and 5.84 s
   * (5.44–5.96) on two workers: loading the checker into each worker and copying every result
   * back cost more than the 0.6 s this check takes on Astro's thread, and the workers took the
   * cores Vite needed to start. Checking in slices between Vite's own work changed nothing, and
   * sharing the files with one worker (`checkContentOnThreads.ts`) was slower too: 5.23 s against
   * 5.05 s at 1,000, 7.45 s against 7.12 s at 5,000. What threads would win is the first launch
   * after the checker's code changed, when no result is cached: 6.69 s against 6.71 s at 1,000,
   * but 12.6 s against 15.6 s at 5,000, once per update of Tally.
   */
  static async start(
    options: ContentCheckOptions,
    onChange: (change: ContentChange) => void,
  ): Promise<LiveContentCheck> {
    const context = fileCheckContext(options);
    const folder = readContentFolder(context.folder);
    const digests: (string | undefined)[] = [];
    const checks = folder.names.map((name) => {
      const { bytes, digest } = readFile(resolve(context.folder, name));
      digests.push(digest);
      return checkFileNamed(name, context, bytes);
    });
    const live = new LiveContentCheck(
      context,
      new Map(folder.names.map((name, index) => [name, checks[index]!])),
      combineChecks(folder, checks, context),
      onChange,
    );
    folder.names.forEach((name, index) => live.#digests.set(name, digests[index]));
    return live;
  }

  /** The folder's result as of the last change handled. */
  get current(): ContentCheck {
    return this.#current;
  }

  /** The content folder, absolute. */
  get folder(): string {
    return this.#context.folder;
  }

  /** Resolves once every change seen so far has been handled. */
  async settled(): Promise<void> {
    while (this.#waiting > 0) await this.#queue;
  }

  /** Takes note of a watcher event; anything but an article file of the folder is ignored. */
  fileChanged(path: string): void {
    const absolute = resolve(path);
    if (dirname(absolute) !== this.#context.folder || !/\.mdx$/i.test(absolute)) return;
    const name = basename(absolute);
    this.#waiting += 1;
    this.#queue = this.#queue
      .then(() => this.#recheck(name))
      .catch((error: unknown) => {
        this.#onChange({
          file: this.#display(name),
          check: this.#current,
          report: [{ level: 'error', text: `${this.#display(name)}: the check failed (${String(error)})` }],
        });
      })
      .finally(() => {
        this.#waiting -= 1;
      });
  }

  /**
   * Takes note of a change to the article behind `slug` that the watcher has not announced yet:
   * its page is being asked for, maybe by a reload the moment the file was saved.
   */
  articleRequested(slug: string): void {
    for (const [name, digest] of this.#digests) {
      if (slugForFile(name) !== slug) continue;
      const path = resolve(this.#context.folder, name);
      if (digestOf(path) !== digest) this.fileChanged(path);
    }
  }

  /** The articles whose errors replace their pages, with the errors of each. */
  failing(): FailingArticle[] {
    if (this.#failing?.check === this.#current) return this.#failing.articles;
    const articles = this.#findFailing();
    this.#failing = { check: this.#current, articles };
    return articles;
  }

  #findFailing(): FailingArticle[] {
    const byFile = new Map<string, CheckProblem[]>();
    for (const problem of this.#current.problems) {
      if (problem.severity !== 'error') continue;
      byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
    }
    return [...byFile].map(([file, errors]) => {
      const absolutePath = resolve(this.#context.root, file);
      return { slug: slugForFile(basename(absolutePath)), file, absolutePath, errors };
    });
  }

  #display(name: string): string {
    return displayPath(this.#context.root, this.#context.folder, name);
  }

  async #recheck(name: string): Promise<void> {
    const path = resolve(this.#context.folder, name);
    const { bytes, digest } = readFile(path);
    if (digest !== undefined && digest === this.#digests.get(name)) return;
    const folder = readContentFolder(this.#context.folder);
    let settledDigest = digest;
    if (folder.names.includes(name)) {
      let check = checkFileNamed(name, this.#context, bytes);
      if (digest === undefined || hasErrors(check)) {
        await sleep(SETTLE_MS);
        const settled = readFile(path);
        settledDigest = settled.digest;
        if (settledDigest !== digest) check = checkFileNamed(name, this.#context, settled.bytes);
      }
      this.#checks.set(name, check);
    } else {
      this.#checks.delete(name);
    }
    this.#digests.set(name, settledDigest);
    // A file the watcher never announced (added while the server started) is checked now.
    for (const other of folder.names) {
      if (this.#checks.has(other)) continue;
      const { bytes: otherBytes, digest: otherDigest } = readFile(resolve(this.#context.folder, other));
      this.#digests.set(other, otherDigest);
      this.#checks.set(other, checkFileNamed(other, this.#context, otherBytes));
    }
    for (const known of [...this.#checks.keys()]) if (!folder.names.includes(known)) this.#checks.delete(known);

    const before = this.#current;
    const after = combineChecks(
      folder,
      folder.names.map((other) => this.#checks.get(other)!),
      this.#context,
    );
    this.#current = after;
    this.version += 1;
    const file = this.#display(name);
    this.#onChange({ file, check: after, report: reportChange(file, before, after, folder.names.includes(name)) });
  }
}

/** What one change tells the editor: the changed file in full, other files only where they changed. */
export function reportChange(file: string, before: ContentCheck, after: ContentCheck, exists: boolean): ReportLine[] {
  const lines: ReportLine[] = [];
  const own = after.problems.filter((problem) => problem.file === file);
  const errors = own.filter((problem) => problem.severity === 'error').length;
  const hadErrors = before.problems.some((problem) => problem.file === file && problem.severity === 'error');
  for (const problem of own) {
    lines.push({ level: problem.severity === 'error' ? 'error' : 'warn', text: formatProblem(problem) });
  }
  if (!exists) lines.push({ level: 'info', text: `${file}: removed.` });
  else if (errors > 0) {
    lines.push({
      level: 'error',
      text: `${file}: ${countOf(errors, 'error')}, ${countOf(own.length - errors, 'warning')}; its page shows them until they are fixed.`,
    });
  } else {
    const fixed = hadErrors ? 'its errors are fixed: ' : '';
    lines.push({ level: 'info', text: `${file}: ${fixed}0 errors, ${countOf(own.length, 'warning')}.` });
  }
  // An unchanged file's problems are the very objects of the last check: only the few others
  // (the folder's own rules make theirs anew) are compared as text. At 5,000 articles, formatting
  // every warning of every file on each save took most of a save's time.
  const elsewhere = (problem: CheckProblem) => problem.file !== file;
  const kept = new Set(before.problems);
  const still = new Set(after.problems);
  const added = after.problems.filter((problem) => elsewhere(problem) && !kept.has(problem));
  const gone = before.problems.filter((problem) => elsewhere(problem) && !still.has(problem)).map(formatProblem);
  const addedText = new Set(added.map(formatProblem));
  const goneText = new Set(gone);
  for (const problem of added) {
    const text = formatProblem(problem);
    if (!goneText.has(text)) lines.push({ level: problem.severity === 'error' ? 'error' : 'warn', text });
  }
  for (const text of gone) if (!addedText.has(text)) lines.push({ level: 'info', text: `fixed: ${text}` });
  return lines;
}
