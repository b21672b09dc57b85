/**
 * The words of a paginated list (the archive, a section, a topic): its title and its pager's
 * links. Page numbers go through `formatValue`, like every number on the site.
 */
import type { Page } from 'astro';
import { formatValue } from '../facts/formatValue.ts';
import { siteConfig } from '../siteConfig.ts';

function pageNumber(number: number): string {
  return formatValue(number, 'count', siteConfig.locale);
}

/** "Security" on the first page, "Security, page 2 of 3" on the others. */
export function listPageTitle(name: string, { currentPage, lastPage }: Pick<Page, 'currentPage' | 'lastPage'>): string {
  return currentPage === 1 ? name : `${name}, page ${pageNumber(currentPage)} of ${pageNumber(lastPage)}`;
}

export interface PagerLink {
  href: string;
  /** "Page 2". */
  label: string;
}

/** The links to the newer and the older page, where there is one. */
export function pagerLinks({ currentPage, url }: { currentPage: number; url: { prev?: string; next?: string } }): {
  newer?: PagerLink;
  older?: PagerLink;
} {
  return {
    ...(url.prev && { newer: { href: url.prev, label: `Page ${pageNumber(currentPage - 1)}` } }),
    ...(url.next && { older: { href: url.next, label: `Page ${pageNumber(currentPage + 1)}` } }),
  };
}
