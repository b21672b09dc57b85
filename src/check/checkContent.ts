/**
 * Checks every article in a content folder in one run: each file on its own, then what only the
 * whole folder shows.
 *
 * Rules for the folder:
 * - Articles are the files named `*.mdx`. A name ending `.MDX` (any other case) and a symbolic
 *   link named `*.mdx` are errors rather than silently left out: the first would never be
 *   published, the second could make the build read a file from anywhere on the machine.
 * - Each file's slug (its web address) must be non-empty, at most 255 bytes, and its own: two
 *   names that differ only in case, or in how an accent is encoded (NFC and NFD), are one slug.
 * - At most `siteConfig.limits.sections` sections across the folder; past it, the first files by
 *   name keep theirs and each later file that opens another section is an error.
 * - A file the checker cannot read, or that fails it in a way nobody foresaw, is reported on that
 *   file; the other files are still checked and reported.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { slugify } from '../facts/slugify.ts';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import { siteConfig, type ContentLimits } from '../siteConfig.ts';
import { checkArticle, type ArticleCheck, type ArticleEntry } from './checkArticle.ts';
import { openCheckCache, type CheckCache } from './checkCache.ts';
import { compareProblems, countOf, type CheckProblem } from './CheckProblem.ts';
import { decodeUtf8 } from './decodeUtf8.ts';
import { LIMITS } from './limits.ts';

export interface ContentCheck {
  /** How many article files were read. */
  articles: number;
  problems: CheckProblem[];
  errors: number;
  warnings: number;
  /** Only counted with `suggest`. */
  suggestions: number;
  /** Articles that passed, by file name, resolved by the same engine the pages use. */
  resolved: Map<string, ResolvedArticle>;
  /** The same articles, resolved and as the build stores them, by id (the slug: `slugForFile`). */
  entries: Map<string, CheckedArticle>;
}

/** An article that passed: as Astro's content store keeps it, and resolved by the engine. */
export interface CheckedArticle {
  entry: ArticleEntry;
  article: ResolvedArticle;
}

export interface ContentCheckOptions {
  /** The folder of `*.mdx` articles. */
  directory: string;
  locale: string;
  /** Paths in messages are relative to this folder (default: the working directory). */
  root?: string;
  /** Reuse the results of unchanged files from this folder (`checkCache.ts`); none by default. */
  cacheDirectory?: string;
  /** The limits a site owner may raise; default `siteConfig.limits`. */
  limits?: ContentLimits;
  /** Keep the suggestions of checks to declare (`npm run check -- --suggest`); left out by default. */
  suggest?: boolean;
}

/**
 * An article's id and URL slug: its file name without `.mdx`, slugified, as Astro's `glob()` (the
 * dev server's loader) makes it too, from the name in NFC (a name saved on macOS may be in NFD).
 */
export function slugForFile(fileName: string): string {
  let slug = slugs.get(fileName);
  if (slug === undefined) {
    slug = githubSlug(fileName.normalize('NFC').replace(/\.mdx$/, ''));
    slugs.set(fileName, slug);
  }
  return slug;
}

/** Each file name's slug, made once: the dev server combines the folder's checks on every save. */
const slugs = new Map<string, string>();

/** What a content folder holds: its article files, and files that look like articles but are not read. */
export interface ContentFolder {
  /** The article files (`*.mdx`), sorted by name: the order results are reported in. */
  names: string[];
  /** Each file left out, with why: an editor meant it as an article. */
  skipped: { name: string; message: string }[];
}

export function readContentFolder(folder: string): ContentFolder {
  const names: string[] = [];
  const skipped: ContentFolder['skipped'] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const extension = /\.mdx$/i.exec(entry.name)?.[0];
    if (!extension) continue;
    if (entry.isSymbolicLink()) {
      skipped.push({
        name: entry.name,
        message:
          'this article is a symbolic link, which the checker does not follow (it could point at any file on the machine): put the file itself in the folder',
      });
    } else if (entry.isFile() && extension !== '.mdx') {
      skipped.push({
        name: entry.name,
        message: `the extension ${extension} is not read: rename the file to ${entry.name.slice(0, -extension.length)}.mdx`,
      });
    } else if (entry.isFile()) {
      names.push(entry.name);
    }
  }
  names.sort();
  skipped.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { names, skipped };
}

/** What checking one file of a folder takes: its path, its path as shown in messages, and more. */
export interface FileCheckContext {
  folder: string;
  root: string;
  locale: string;
  limits: ContentLimits;
  cache: CheckCache | undefined;
  suggest: boolean;
}

/** Checks the file `name` of `context.folder`; `bytes`: what the caller read of it, if it did. */
export function checkFileNamed(name: string, context: FileCheckContext, bytes?: Buffer): ArticleCheck {
  return checkFile(join(context.folder, name), displayPath(context.root, context.folder, name), context, bytes);
}

/** A file's path as messages show it: relative to `root`, with forward slashes. */
export function displayPath(root: string, folder: string, name: string): string {
  return relative(root, join(folder, name)).split(sep).join('/');
}

export function fileCheckContext({
  directory,
  locale,
  root = process.cwd(),
  cacheDirectory,
  limits = siteConfig.limits,
  suggest = false,
}: ContentCheckOptions) {
  return {
    folder: resolve(root, directory),
    root,
    locale,
    limits,
    suggest,
    cache: cacheDirectory === undefined ? undefined : openCheckCache(cacheDirectory),
  } satisfies FileCheckContext;
}

export function checkContent(options: ContentCheckOptions): ContentCheck {
  const context = fileCheckContext(options);
  const folder = readContentFolder(context.folder);
  return combineChecks(
    folder,
    folder.names.map((name) => checkFileNamed(name, context)),
    context,
  );
}

/**
 * The folder's result from each file's own check (`checks[i]` is the check of `names[i]`), plus
 * what only the whole folder shows: files left out, slugs that make no address or clash, and
 * sections past the site's limit.
 */
export function combineChecks(
  { names, skipped }: ContentFolder,
  checks: readonly ArticleCheck[],
  { folder, root, limits, suggest }: Pick<FileCheckContext, 'folder' | 'root' | 'limits' | 'suggest'>,
): ContentCheck {
  const problems: CheckProblem[] = [];
  const resolved = new Map<string, ResolvedArticle>();
  const entries = new Map<string, CheckedArticle>();
  const slugs = new Map<string, string>();
  const sections = new Set<string>();
  const fileProblem = (name: string, message: string, line = 1, column = 1, field = 'file') =>
    problems.push({ file: displayPath(root, folder, name), line, column, field, message, severity: 'error' });
  for (const { name, message } of skipped) fileProblem(name, message);
  names.forEach((name, index) => {
    const result = checks[index]!;
    // One at a time: a file may hold more problems than a call can take arguments.
    for (const problem of result.problems) problems.push(problem);
    const slug = slugForFile(name);
    const slugProblem = slugProblemFor(name, slug, slugs.get(slug));
    if (slugProblem) {
      fileProblem(name, slugProblem);
      return;
    }
    slugs.set(slug, name);
    const article = result.article;
    if (!article) return;
    const section = slugify(article.section);
    if (!sections.has(section) && sections.size >= limits.sections) {
      const at = result.sectionAt ?? { line: 1, column: 1 };
      fileProblem(
        name,
        `the site already has ${limits.sections} sections, its limit (siteConfig.limits.sections in src/siteConfig.ts): file the article under one of them`,
        at.line,
        at.column,
        'section',
      );
      return;
    }
    sections.add(section);
    resolved.set(name, article);
    if (result.entry) entries.set(slug, { entry: result.entry, article });
  });
  const shown = suggest ? problems : problems.filter((problem) => problem.severity !== 'suggestion');
  shown.sort(compareProblems);
  return {
    articles: names.length + skipped.length,
    problems: shown,
    ...countProblems(shown),
    resolved,
    entries,
  };
}

/** What is wrong with a file's slug, given the file that already has it (if any). */
function slugProblemFor(name: string, slug: string, first: string | undefined): string | undefined {
  if (slug === '') {
    return `the file name "${name}" makes no web address: name the file with letters or digits, such as my-article.mdx`;
  }
  const bytes = Buffer.byteLength(slug, 'utf8');
  if (bytes > 255) {
    return `too long for a web address: the file name makes an address of ${bytes} bytes, at most 255; shorten it`;
  }
  if (first === undefined) return undefined;
  const twins = first.normalize('NFC').toLowerCase() === name.normalize('NFC').toLowerCase();
  const why = twins ? ' (the two names differ only in capitals or in how an accent is stored)' : '';
  return `the slug "${slug}" is already used by ${first}${why}: rename one of the files`;
}

/**
 * The largest file read at all: several times a body and a frontmatter at their limits, so a file
 * a little past them is read and told which part is too long, at its line.
 */
function maxFileBytes(limits: ContentLimits): number {
  return 8 * (limits.bodyBytes + LIMITS.frontmatterBytes);
}

/**
 * One file's check; a failure of the checker itself is reported on the file, never as a stack trace.
 * The cache is asked before the bytes are decoded: bytes checked before were valid UTF-8 then.
 */
function checkFile(
  path: string,
  file: string,
  { locale, limits, cache }: FileCheckContext,
  read?: Buffer,
): ArticleCheck {
  const fileProblem = (message: string, line = 1, column = 1): ArticleCheck => ({
    problems: [{ file, line, column, field: 'file', message, severity: 'error' }],
  });
  try {
    const size = read?.length ?? lstatSync(path).size;
    if (size > maxFileBytes(limits)) {
      return fileProblem(
        `too long: the file is ${size.toLocaleString('en-GB')} bytes, at most ${maxFileBytes(limits).toLocaleString('en-GB')} (siteConfig.limits.bodyBytes in src/siteConfig.ts)`,
      );
    }
    const bytes = read ?? readFileSync(path);
    const settings = cacheSettings(locale, limits);
    const cached = cache?.get(bytes, file, settings);
    if (cached) return cached;
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return fileProblem(decoded.message, decoded.line, decoded.column);
    const check = checkArticle(decoded.text, { file, locale, limits });
    cache?.set(bytes, file, settings, check);
    return check;
  } catch (error) {
    return fileProblem(
      `the checker could not read this file (${(error as Error).message}); please report it with the file`,
    );
  }
}

/** Everything besides the file that decides its check, as the cache keys it. */
function cacheSettings(locale: string, limits: ContentLimits): string {
  return `${locale}\n${JSON.stringify(limits)}`;
}

/** "Checked 3 articles: 2 errors, 1 warning." */
export function summarize({
  articles,
  errors,
  warnings,
  suggestions = 0,
}: Pick<ContentCheck, 'articles' | 'errors' | 'warnings'> & Partial<Pick<ContentCheck, 'suggestions'>>): string {
  const suggested = suggestions > 0 ? `, ${countOf(suggestions, 'suggestion')}` : '';
  return `Checked ${countOf(articles, 'article')}: ${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}${suggested}.`;
}

/** The check as `--strict` reads it: every differing verdict no `expect` acknowledges is an error. */
export function makeStrict<Check extends Pick<ContentCheck, 'problems' | 'errors' | 'warnings'>>(check: Check): Check {
  const problems = check.problems.map((problem) =>
    problem.strict && problem.severity === 'warning' ? { ...problem, severity: 'error' as const } : problem,
  );
  return { ...check, problems, ...countProblems(problems) };
}

function countProblems(problems: readonly CheckProblem[]): Pick<ContentCheck, 'errors' | 'warnings' | 'suggestions'> {
  const count = (severity: CheckProblem['severity']) =>
    problems.filter((problem) => problem.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), suggestions: count('suggestion') };
}
