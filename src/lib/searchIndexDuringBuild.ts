/**
 * Hands each page Astro renders to the search index at once, so Pagefind (its own process) indexes
 * on the other core while the build goes on, instead of reading every page after it.
 *
 * Rules:
 * - The search integration opens the index at `astro:build:start` and registers a sink here; the
 *   middleware passes every rendered HTML page to it. With no sink (dev server, tests) nothing
 *   happens.
 * - Only pages with `data-pagefind-body` (the articles) are sent; Pagefind would ignore the others.
 * - The sink lives on `globalThis`: the integration and the bundled middleware are separate module
 *   instances in one process.
 */
export interface RenderedPageSink {
  /** `url` is the page's path within the site (`/articles/x/`), without the base. */
  add(url: string, html: string): void;
}

const SINK = Symbol.for('tally.search-index-sink');
type WithSink = typeof globalThis & { [SINK]?: RenderedPageSink };

export function setRenderedPageSink(sink: RenderedPageSink | undefined): void {
  (globalThis as WithSink)[SINK] = sink;
}

export function renderedPageSink(): RenderedPageSink | undefined {
  return (globalThis as WithSink)[SINK];
}

/** Whether Pagefind indexes this page: only article pages mark their body for it. */
export function isSearchable(html: string): boolean {
  return html.includes('data-pagefind-body');
}
