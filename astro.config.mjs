// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/siteConfig.ts';
import { pagefindSearch } from './src/integrations/pagefindSearch.ts';
import contentCheck from './src/integrations/contentCheck.ts';
import articleFiles from './src/integrations/articleFiles.ts';

export default defineConfig({
  // Tests move Astro's cache (content store, incremental-build state) to build in isolation.
  ...(process.env.TALLY_ASTRO_CACHE_DIR && { cacheDir: process.env.TALLY_ASTRO_CACHE_DIR }),
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Astro's console log with one line per page built (eight pages render at once, see below).
  logger: { entrypoint: './src/integrations/pageLineLogger.ts' },
  // 'jsx' (Astro 7's default) drops the space between a word and an inline <Fig>; `true` keeps it.
  compressHTML: true,
  // The content checker runs first, so a broken article stops the build with every problem listed.
  // Drafts and scheduled articles are never built, so the sitemap (which lists built pages) omits them.
  integrations: [contentCheck(), mdx(), sitemap(), articleFiles(), pagefindSearch()],
  build: {
    // The stylesheet travels inside the HTML: one round trip paints the page (LCP), and the
    // budget test holds HTML + CSS to 14 KB gzip.
    inlineStylesheets: 'always',
    // Eight pages at a time: a page mostly waits (its files being written, its social card being
    // drawn on another thread), so one page's wait is another's turn. 1,000 articles, four pairs of
    // cold builds: 19.9–22.0 s against 20.5–24.0 s with 4 (one page at a time: 22.8–24.3 s; 16: no
    // better), and byte for byte the same `dist/` (`diff -r`).
    concurrency: 8,
  },
  experimental: {
    // Pages whose cacheKey (src/lib/cacheKey.ts) and code are unchanged are copied from the last build.
    // 7 December 2026, 1,000 articles, one edited, three interleaved pairs (load 6–12): a warm
    // rebuild took 14.0 / 20.7 / 17.3 s of CPU with it, 23.6 / 30.4 / 20.9 s without (21–68 % more
    // without); a cold build's CPU moved within noise (−4.7 to +3.5 %).
    incrementalBuild: true,
    // Frontmatter autocompletion and validation in VS Code's Astro extension (with its
    // astro.content-intellisense setting): Astro writes the articles' JSON Schema and the list of
    // article files to .astro/collections/ (EDITING.md, "Editing in VS Code").
    contentIntellisense: true,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
