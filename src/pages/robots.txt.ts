import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls.ts';

/** Allows every crawler and names the sitemap, at whatever origin and sub-path the build targets. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePath('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
