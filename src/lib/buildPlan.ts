/**
 * What `astro build` will publish, known before Astro reads any content: the content check's
 * articles that are published, newest first (the order their pages are built in), each with its
 * URL slug. Integrations that work ahead of the pages (social cards, the search index) read it.
 */
import type { ResolvedArticle } from '../facts/resolveArticle.ts';

export interface PlannedArticle {
  slug: string;
  article: ResolvedArticle;
}

let plan: PlannedArticle[] | undefined;

export function setBuildPlan(articles: PlannedArticle[] | undefined): void {
  plan = articles;
}

/** The plan of the running build, or undefined outside `astro build`. */
export function buildPlan(): PlannedArticle[] | undefined {
  return plan;
}
