/**
 * "How to cite this article": one plain-text line a reader can copy.
 *
 * Rules:
 * - Authors, or the publisher when the article names none; then the title in quotes, the site,
 *   the publication date at its real precision, and the full URL.
 */
export interface CitationInput {
  authors: string[];
  publisher: string;
  title: string;
  siteName: string;
  /** The published date as displayed: "October 2024". */
  published: string;
  url: string;
}

export function citeArticle({ authors, publisher, title, siteName, published, url }: CitationInput): string {
  const by = authors.length > 0 ? authors.join(', ') : publisher;
  const endsSentence = /[.?!]$/.test(title);
  return `${by}. “${title}${endsSentence ? '' : '.'}” ${siteName}, ${published}. ${url}`;
}
