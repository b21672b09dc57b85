/**
 * An article read straight from its MDX file and resolved by the engine, so browser tests derive
 * what a page should show from the frontmatter rather than from the built HTML.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { articleSchema, type ArticleData } from '../../src/schema/article.ts';
import { resolveArticle, type ResolvedArticle } from '../../src/facts/resolveArticle.ts';
import { siteConfig } from '../../src/siteConfig.ts';

export interface ArticleFile {
  slug: string;
  /** The frontmatter as written, before validation. */
  frontmatter: Record<string, unknown> & { figures: Record<string, { value: number }> };
  data: ArticleData;
  resolved: ResolvedArticle;
  body: string;
}

export function readArticle(path: string): ArticleFile {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path} has no frontmatter`);
  const frontmatter = parse(match[1]!) as ArticleFile['frontmatter'];
  const data = articleSchema.parse(frontmatter);
  return {
    slug: path.replace(/^.*\//, '').replace(/\.mdx$/, ''),
    frontmatter,
    data,
    resolved: resolveArticle(data, { file: path, locale: siteConfig.locale }),
    body: match[2]!,
  };
}
