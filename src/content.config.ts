import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { contentDirectory } from './lib/contentDirectory.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentDirectory() }),
  schema: articleSchema,
});

export const collections = { articles };
