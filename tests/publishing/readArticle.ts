/**
 * Reads an article file the way the build does (frontmatter through the schema, then the fact
 * engine), so a test can compare what the build wrote with what the article says.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schema/article.ts';
import { resolveArticle, type ResolvedArticle } from '../../src/facts/resolveArticle.ts';
import { siteConfig } from '../../src/siteConfig.ts';

export interface ArticleFile {
  slug: string;
  /** The frontmatter as written. */
  frontmatter: Record<string, unknown>;
  resolved: ResolvedArticle;
}

export async function readArticle(file: string): Promise<ArticleFile> {
  const text = await readFile(file, 'utf8');
  const frontmatter = parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
  return {
    slug: basename(file, '.mdx'),
    frontmatter,
    resolved: resolveArticle(articleSchema.parse(frontmatter), { file, locale: siteConfig.locale }),
  };
}
