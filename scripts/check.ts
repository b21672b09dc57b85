/**
 * `npm run check`: checks every article and prints one line per problem, then a summary.
 * Exit status 1 when there is any error. `TALLY_CONTENT_DIR` (or a folder argument) checks
 * another folder. Unchanged files reuse their last result (`src/check/checkCache.ts`).
 */
import { enableCompileCache } from 'node:module';

// Editors run this often: cache compiled code between runs (Node keeps it in its temp folder).
enableCompileCache();

const started = performance.now();
const { summarize } = await import('../src/check/checkContent.ts');
const { checkContentOnThreads } = await import('../src/check/checkContentOnThreads.ts');
const { formatProblem } = await import('../src/check/CheckProblem.ts');
const { defaultCheckCacheDirectory } = await import('../src/check/checkCache.ts');
const { contentDirectory } = await import('../src/lib/contentDirectory.ts');
const { siteConfig } = await import('../src/siteConfig.ts');

const result = await checkContentOnThreads({
  directory: process.argv[2] ?? contentDirectory(),
  locale: siteConfig.locale,
  cacheDirectory: defaultCheckCacheDirectory(),
});
for (const problem of result.problems) console.log(formatProblem(problem));
console.log(`${summarize(result)} (${Math.round(performance.now() - started)} ms)`);
process.exitCode = result.errors > 0 ? 1 : 0;
