/**
 * Hands each article page Astro renders to the search integration at once, so the index can be
 * built while Astro renders the rest of the site, instead of after it.
 *
 * Rules:
 * - The search integration registers a sink at `astro:build:start`; the middleware passes every
 *   rendered HTML page with `data-pagefind-body` (the articles) to it. With no sink (dev server,
 *   tests) nothing happens.
 * - The sink lives on `globalThis`: the integration and the bundled middleware are separate module
 *   instances in one process.
 */
export interface RenderedPageSink {
  /** `url` is the page's path within the site (`/articles/x/`), without the base; `html` is UTF-8. */
  add(url: string, html: Uint8Array): void;
}

const SINK = Symbol.for('tally.search-index-sink');
type WithSink = typeof globalThis & { [SINK]?: RenderedPageSink };

export function setRenderedPageSink(sink: RenderedPageSink | undefined): void {
  (globalThis as WithSink)[SINK] = sink;
}

export function renderedPageSink(): RenderedPageSink | undefined {
  return (globalThis as WithSink)[SINK];
}

const MARKER = Buffer.from('data-pagefind-body');

/** Whether Pagefind indexes this page (UTF-8 bytes): only article pages mark their body for it. */
export function isSearchable(html: Uint8Array): boolean {
  return Buffer.from(html.buffer, html.byteOffset, html.byteLength).includes(MARKER);
}
