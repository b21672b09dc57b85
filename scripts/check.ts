/**
 * `npm run check`: checks every article and prints one line per problem, then a summary.
 * Exit status 1 when there is any error. `TALLY_CONTENT_DIR` (or a folder argument) checks
 * another folder. Unchanged files reuse their last result (`src/check/checkCache.ts`); results unused
 * for a week are deleted (`src/check/sweepCache.ts`).
 * `--strict` (for CI) makes every differing verdict no `expect: differs` acknowledges an error.
 * `--suggest` also prints the checks an article could declare: a stated share, multiple or total
 * that its own figures give in one step (`src/check/suggestChecks.ts`).
 */
import { enableCompileCache } from 'node:module';

// Editors run this often: cache compiled code between runs (Node keeps it in its temp folder).
enableCompileCache();

const started = performance.now();
// A setting Tally cannot honour (`TALLY_SITE`, the locale) is the owner's to fix: its message, not a stack.
const { siteConfig } = await import('../src/siteConfig.ts').catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
const { makeStrict, summarize } = await import('../src/check/checkContent.ts');
const { checkContentOnThreads } = await import('../src/check/checkContentOnThreads.ts');
const { formatProblem } = await import('../src/check/CheckProblem.ts');
const { defaultCheckCacheDirectory } = await import('../src/check/checkCache.ts');
const { sweepCache } = await import('../src/check/sweepCache.ts');
const { contentDirectory } = await import('../src/lib/contentDirectory.ts');

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--'));
const checked = await checkContentOnThreads({
  directory: folder ?? contentDirectory(),
  locale: siteConfig.locale,
  cacheDirectory: defaultCheckCacheDirectory(),
  suggest: args.includes('--suggest'),
});
sweepCache(defaultCheckCacheDirectory());
const result = args.includes('--strict') ? makeStrict(checked) : checked;
for (const problem of result.problems) console.log(formatProblem(problem));
console.log(`${summarize(result)} (${Math.round(performance.now() - started)} ms)`);
process.exitCode = result.errors > 0 ? 1 : 0;
