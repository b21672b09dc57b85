/**
 * `npm run check`: checks every article and prints one line per problem, then a summary.
 * Exit status 1 when there is any error. `TALLY_CONTENT_DIR` checks another folder.
 */
import { checkContent, summarize } from '../src/check/checkContent.ts';
import { formatProblem } from '../src/check/CheckProblem.ts';
import { contentDirectory } from '../src/lib/contentDirectory.ts';
import { siteConfig } from '../src/siteConfig.ts';

const started = performance.now();
const result = checkContent({ directory: process.argv[2] ?? contentDirectory(), locale: siteConfig.locale });
for (const problem of result.problems) console.log(formatProblem(problem));
console.log(`${summarize(result)} (${Math.round(performance.now() - started)} ms)`);
process.exitCode = result.errors > 0 ? 1 : 0;
