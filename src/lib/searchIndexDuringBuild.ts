/**
 * Tells the search integration each page Astro has rendered, so the index can be built while
 * Astro renders the rest of the site, instead of after it.
 *
 * Rules:
 * - The search integration registers a sink at `astro:build:start`; the middleware passes it the
 *   path of every page once it has rendered, and nothing else: the page itself is read from the
 *   output folder once Astro has written it. With no sink (dev server, tests) nothing happens.
 * - The sink lives on `globalThis`: the integration and the bundled middleware are separate module
 *   instances in one process.
 */
export interface RenderedPageSink {
  /** `url` is the page's path within the site (`/articles/x/`), without the base. */
  rendered(url: string): void;
}

const SINK = Symbol.for('tally.search-index-sink');
type WithSink = typeof globalThis & { [SINK]?: RenderedPageSink };

export function setRenderedPageSink(sink: RenderedPageSink | undefined): void {
  (globalThis as WithSink)[SINK] = sink;
}

export function renderedPageSink(): RenderedPageSink | undefined {
  return (globalThis as WithSink)[SINK];
}
