/**
 * Whether readers may see an article. Every list of articles (home page, feeds, sitemap, search,
 * data downloads) asks this one function.
 *
 * Rules:
 * - A draft (`draft: true`) is never public.
 * - An article is scheduled until the first instant of its `published` date, in UTC: `2025-03`
 *   is public from 1 March 2025 00:00 UTC, `2025` from 1 January 2025. A static site changes only
 *   when it is built, so a scheduled article appears with the first build on or after that date.
 * - Drafts and scheduled articles are still shown by `npm run dev`, with a banner.
 */
import { partialDateStart, type PartialDate } from './partialDate.ts';

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

export interface Publishable {
  draft: boolean;
  published: PartialDate;
}

export function publicationStatus(article: Publishable, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  return partialDateStart(article.published).getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** True when the article may appear in a production build made at `now`. */
export function isPublished(article: Publishable, now: Date): boolean {
  return publicationStatus(article, now) === 'published';
}
