/**
 * The fact engine at scale: resolving the facts of 10,000 synthetic articles (frontmatter
 * already parsed by the schema, as Astro hands it over) should take at most 1 s in total.
 * It prints the time and whether the target is met; it never fails on time, so machine load
 * cannot break a run. It does fail if an article does not resolve.
 */
import { expect, test } from 'vitest';
import { resolveArticle } from '../src/facts/resolveArticle.ts';
import { articleSchema, type ArticleData } from '../src/schema/article.ts';
import { siteConfig } from '../src/siteConfig.ts';
import { readSeedArticle, syntheticArticle } from './generateCorpus.ts';

const ARTICLES = 10_000;
const TARGET_MS = 1000;

const seed = readSeedArticle();
const corpus: { file: string; data: ArticleData }[] = Array.from({ length: ARTICLES }, (_, index) => {
  const article = syntheticArticle(seed, index + 1);
  return { file: `${article.slug}.mdx`, data: articleSchema.parse(article.frontmatter) };
});
const factCount = corpus.reduce((sum, { data }) => sum + Object.keys(data.facts).length, 0);

function resolveCorpus(): number {
  let facts = 0;
  for (const { file, data } of corpus) facts += resolveArticle(data, { file, locale: siteConfig.locale }).facts.length;
  return facts;
}

test(`resolves the facts of ${ARTICLES.toLocaleString('en-GB')} articles`, { timeout: 120_000 }, async ({ bench }) => {
  expect(resolveCorpus()).toBe(factCount);

  const result = await bench('resolveArticle over the corpus', () => {
    resolveCorpus();
  }).run({ iterations: 10, warmupIterations: 2, time: 1, warmupTime: 1 });

  const { p50, min } = result.latency;
  console.log(
    `Resolved ${ARTICLES.toLocaleString('en-GB')} articles (${factCount.toLocaleString('en-GB')} facts) in ` +
      `${p50.toFixed(0)} ms (median; fastest ${min.toFixed(0)} ms). ` +
      `Target ≤ ${TARGET_MS} ms: ${p50 <= TARGET_MS ? 'met' : 'NOT MET'}.`,
  );
});
