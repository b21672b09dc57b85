/**
 * `npm run schema`: writes the article frontmatter's JSON Schema, generated from the Zod schema,
 * to `schema/article.schema.json` (see `src/schema/articleJsonSchema.ts`). Run it after changing
 * `src/schema/`; `tests/check/jsonSchema.test.ts` fails until the file is current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ARTICLE_JSON_SCHEMA_PATH, articleJsonSchemaText } from '../src/schema/articleJsonSchema.ts';

mkdirSync(dirname(ARTICLE_JSON_SCHEMA_PATH), { recursive: true });
writeFileSync(ARTICLE_JSON_SCHEMA_PATH, articleJsonSchemaText());
console.log(`Wrote ${ARTICLE_JSON_SCHEMA_PATH}.`);
