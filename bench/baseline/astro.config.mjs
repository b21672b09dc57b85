// @ts-check
/**
 * The benchmark's baseline: bare Astro + MDX building the same corpus as Tally, with no schema,
 * no fact engine, no styles and no Tally components. `BENCH_CONTENT_DIR` names the corpus.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [mdx()],
});
