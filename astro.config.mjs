// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { siteConfig } from './src/siteConfig.ts';
import contentCheck from './src/integrations/contentCheck.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // 'jsx' (Astro 7's default) drops the space between a word and an inline <Fig>; `true` keeps it.
  compressHTML: true,
  integrations: [contentCheck(), mdx()],
  vite: {
    plugins: [tailwindcss()],
  },
});
