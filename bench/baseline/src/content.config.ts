import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schema: the frontmatter is read as YAML and nothing more.
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.BENCH_CONTENT_DIR ?? '../corpus/100' }),
});

export const collections = { articles };
