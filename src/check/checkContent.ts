/**
 * Checks every article in a content folder in one run: each file on its own, then what only the
 * whole folder shows (two files with the same slug).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { ResolvedArticle } from '../facts/resolveArticle.ts';
import { checkArticle, type ArticleCheck } from './checkArticle.ts';
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

/** The URL slug Astro's glob loader gives a file: its name without `.mdx`, slugified. */
export function slugForFile(fileName: string): string {
  return githubSlug(fileName.replace(/\.mdx$/, ''));
}

export function checkContent({
  directory,
  locale,
  root = process.cwd(),
  cacheDirectory,
}: ContentCheckOptions): ContentCheck {
  const cache = cacheDirectory === undefined ? undefined : openCheckCache(cacheDirectory);
  const folder = resolve(root, directory);
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => entry.name)
    .sort();
  const problems: CheckProblem[] = [];
  const resolved = new Map<string, ResolvedArticle>();
  const slugs = new Map<string, string>();
  for (const name of names) {
    const file = relative(root, join(folder, name)).split(sep).join('/');
    const result = checkFile(join(folder, name), file, locale, cache);
    problems.push(...result.problems);
    if (result.article) resolved.set(name, result.article);
    const slug = slugForFile(name);
    const first = slugs.get(slug);
    if (first === undefined) slugs.set(slug, name);
    else {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'file',
        message: `the slug "${slug}" is already used by ${first}: rename one of the files`,
        severity: 'error',
      });
      resolved.delete(name);
    }
  }
  problems.sort(compareProblems);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { articles: names.length, problems, errors, warnings: problems.length - errors, resolved };
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
