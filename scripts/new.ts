/**
 * `npm run new -- "Article title"`: writes `content/articles/<slug>.mdx` from the template, as a
 * draft. Never overwrites a file. `--slug my-slug` chooses the file name when the title has no
 * usable letters. `TALLY_CONTENT_DIR` writes elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleTemplate, slugFromTitle } from '../src/check/articleTemplate.ts';
import { contentDirectory } from '../src/lib/contentDirectory.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { slug: { type: 'string' } }, allowPositionals: true });
const title = positionals.join(' ').trim();
if (!title) fail('Give the article a title: npm run new -- "Article title"');

const slug = values.slug ?? slugFromTitle(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
  fail(`Cannot make a file name from "${title}". Choose one: npm run new -- "${title}" --slug my-article`);
}

const folder = contentDirectory();
const path = join(folder, `${slug}.mdx`);
mkdirSync(folder, { recursive: true });
try {
  writeFileSync(path, articleTemplate({ title, today: new Date().toISOString().slice(0, 10) }), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(`${path} already exists; nothing was written. Choose another title or --slug.`);
  }
  throw error;
}

console.log(`Created ${path} (a draft).`);
console.log('Next: npm run dev to preview it, edit the frontmatter and text, npm run check to find mistakes,');
console.log('then delete "draft: true" to publish. EDITING.md explains every field.');
