/**
 * The order every list of articles uses: newest first, articles of the same date by title.
 */
import { comparePartialDates } from './partialDate.ts';
import type { ResolvedArticle } from './resolveArticle.ts';

export function newestFirst(locale: string) {
  return (a: Pick<ResolvedArticle, 'published' | 'title'>, b: Pick<ResolvedArticle, 'published' | 'title'>) =>
    comparePartialDates(b.published, a.published) || a.title.localeCompare(b.title, locale);
}
