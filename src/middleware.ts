/**
 * During `astro build`, tells the search integration each page that has rendered (see
 * `lib/searchIndexDuringBuild.ts`). Every response passes through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { renderedPageSink } from './lib/searchIndexDuringBuild.ts';
import { sitePath } from './lib/urls.ts';

const base = sitePath();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  renderedPageSink()?.rendered(`/${context.url.pathname.slice(base.length)}`);
  return response;
});
