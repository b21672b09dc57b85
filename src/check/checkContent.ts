/**
 * Checks every article in a content folder in one run: each file on its own, then what only the
 * whole folder shows (two files with the same slug).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import { checkArticle, type ArticleCheck, type ArticleEntry } from './checkArticle.ts';
import { openCheckCache, type CheckCache } from './checkCache.ts';
import { compareProblems, type CheckProblem } from './CheckProblem.ts';

export interface ContentCheck {
  /** How many article files were read. */
  articles: number;
  problems: CheckProblem[];
  errors: number;
  warnings: number;
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
}

/**
 * An article's id and URL slug: its file name without `.mdx`, slugified, as Astro's `glob()` (the
 * dev server's loader) makes it too.
 */
export function slugForFile(fileName: string): string {
  return githubSlug(fileName.replace(/\.mdx$/, ''));
}

/** The folder's article files (`*.mdx`), sorted by name: the order results are reported in. */
export function articleFileNames(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => entry.name)
    .sort();
}

/** What checking one file of a folder takes: its path, its path as shown in messages, and more. */
export interface FileCheckContext {
  folder: string;
  root: string;
  locale: string;
  cache: CheckCache | undefined;
}

/** Checks the file `name` of `context.folder`. */
export function checkFileNamed(name: string, { folder, root, locale, cache }: FileCheckContext): ArticleCheck {
  return checkFile(join(folder, name), displayPath(root, folder, name), locale, cache);
}

function displayPath(root: string, folder: string, name: string): string {
  return relative(root, join(folder, name)).split(sep).join('/');
}

export function fileCheckContext({ directory, locale, root = process.cwd(), cacheDirectory }: ContentCheckOptions) {
  return {
    folder: resolve(root, directory),
    root,
    locale,
    cache: cacheDirectory === undefined ? undefined : openCheckCache(cacheDirectory),
  } satisfies FileCheckContext;
}

export function checkContent(options: ContentCheckOptions): ContentCheck {
  const context = fileCheckContext(options);
  const names = articleFileNames(context.folder);
  return combineChecks(
    names,
    names.map((name) => checkFileNamed(name, context)),
    context,
  );
}

/**
 * The folder's result from each file's own check (`checks[i]` is the check of `names[i]`), plus
 * what only the whole folder shows: two files with the same slug.
 */
export function combineChecks(
  names: readonly string[],
  checks: readonly ArticleCheck[],
  { folder, root }: Pick<FileCheckContext, 'folder' | 'root'>,
): ContentCheck {
  const problems: CheckProblem[] = [];
  const resolved = new Map<string, ResolvedArticle>();
  const entries = new Map<string, CheckedArticle>();
  const slugs = new Map<string, string>();
  names.forEach((name, index) => {
    const result = checks[index]!;
    problems.push(...result.problems);
    if (result.article) resolved.set(name, result.article);
    const slug = slugForFile(name);
    const first = slugs.get(slug);
    if (first === undefined) {
      slugs.set(slug, name);
      if (result.entry && result.article) entries.set(slug, { entry: result.entry, article: result.article });
    } else {
      problems.push({
        file: displayPath(root, folder, name),
        line: 1,
        column: 1,
        field: 'file',
        message: `the slug "${slug}" is already used by ${first}: rename one of the files`,
        severity: 'error',
      });
      resolved.delete(name);
    }
  });
  problems.sort(compareProblems);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { articles: names.length, problems, errors, warnings: problems.length - errors, resolved, entries };
}

/** One file's check; a failure of the checker itself is reported on the file, never as a stack trace. */
function checkFile(path: string, file: string, locale: string, cache: CheckCache | undefined): ArticleCheck {
  try {
    const source = readFileSync(path, 'utf8');
    const cached = cache?.get(source, file, locale);
    if (cached) return cached;
    const check = checkArticle(source, { file, locale });
    cache?.set(source, file, locale, check);
    return check;
  } catch (error) {
    const message = `the checker could not read this file (${(error as Error).message}); please report it with the file`;
    return { problems: [{ file, line: 1, column: 1, field: 'file', message, severity: 'error' }] };
  }
}

/** "Checked 3 articles: 2 errors, 1 warning." */
export function summarize({
  articles,
  errors,
  warnings,
}: Pick<ContentCheck, 'articles' | 'errors' | 'warnings'>): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `Checked ${plural(articles, 'article')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

/** The check as `--strict` reads it: every differing verdict no `expect` acknowledges is an error. */
export function makeStrict<Check extends Pick<ContentCheck, 'problems' | 'errors' | 'warnings'>>(check: Check): Check {
  const problems = check.problems.map((problem) =>
    problem.strict && problem.severity === 'warning' ? { ...problem, severity: 'error' as const } : problem,
  );
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { ...check, problems, errors, warnings: problems.length - errors };
}
