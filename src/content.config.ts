import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { contentDirectory } from './lib/contentDirectory.ts';
import { articleLoader } from './lib/articleLoader.ts';

const articles = defineCollection({
  loader: articleLoader({ base: contentDirectory() }),
  schema: articleSchema,
});

export const collections = { articles };
