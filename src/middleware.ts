/**
 * During `astro build`, passes each rendered article page to the search integration as it is
 * rendered (see `lib/searchIndexDuringBuild.ts`). Otherwise every response passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { isSearchable, renderedPageSink } from './lib/searchIndexDuringBuild.ts';
import { sitePath } from './lib/urls.ts';

const base = sitePath();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = renderedPageSink();
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // As bytes: the page is written as bytes, so decoding it to a string and back would be wasted.
  const html = new Uint8Array(await response.arrayBuffer());
  if (isSearchable(html)) sink.add(`/${context.url.pathname.slice(base.length)}`, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
