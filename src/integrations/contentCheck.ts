/**
 * Runs the content checker (`npm run check`) inside Astro, so a broken article never builds.
 *
 * Rules:
 * - Results of unchanged files are reused from the last run (`check/checkCache.ts`).
 * - `astro build`: the check runs before Astro reads any article (`lib/contentCheckGate.ts`: the
 *   articles' loader waits, and the pages read the articles the check resolved); any error stops the
 *   build with the same lines `npm run check` prints. Below `THREADS_FROM_FILES` articles it runs
 *   on Astro's own thread alone, from there on every core (`checkContentOnThreads.ts`'s
 *   `workersFrom`). Measured 7 December 2026 on two cores, cold builds, interleaved
 *   (`bench/compareBuilds.ts --cold-only`): at 10,000 articles 131.3 / 134.6 s on threads against
 *   154.4 / 152.9 s (CPU 211 / 214 s against 233 / 227 s: the checks' garbage stays in the
 *   workers' heaps); at 5,000 74.3 / 72.3 s against 74.8 / 81.0 s; at 1,000 25.1 / 23.8 / 22.9 s
 *   against 23.2 / 23.1 / 21.8 s, where the workers' start costs more than they save.
 * - `astro build`: once the check passes, the social cards of the published articles start
 *   drawing on other threads (`prerenderOgCards`), newest first, the order their pages are built.
 * - Both print every error and the first `WARNINGS_LISTED` warnings (`report`).
 * - Both delete cache entries unused for a week (`check/sweepCache.ts`): the build, the check's
 *   once its check passes (the cards' once it has written them: `articleFiles.ts`); `astro dev`,
 *   both a minute after it starts.
 * - `astro dev`: the same lines are printed, the server keeps running, and each article that
 *   changes is checked again on its own (`liveContentServer.ts`); pages read that live check
 *   (`lib/liveContent.ts`), and show an article's errors in its place.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { summarize, type ContentCheck, type ContentCheckOptions } from '../check/checkContent.ts';
import { countOf, formatProblem } from '../check/CheckProblem.ts';
import { checkContentOnThreads } from '../check/checkContentOnThreads.ts';
import { defaultCheckCacheDirectory } from '../check/checkCache.ts';
import { sweepCache } from '../check/sweepCache.ts';
import { isPublished } from '../facts/isPublished.ts';
import { newestFirst } from '../facts/newestFirst.ts';
import { contentCheckPassed, setContentCheckGate } from '../lib/contentCheckGate.ts';
import { contentDirectory } from '../lib/contentDirectory.ts';
import { setLiveContent } from '../lib/liveContent.ts';
import { startLiveContentServer, unwatchedPaths, type LiveContentServer } from './liveContentServer.ts';
import { buildOgCardInput } from '../lib/og/buildOgCard.ts';
import { startOgCardPrerender } from '../lib/og/prerenderOgCards.ts';
import { ogCacheDirectory } from '../lib/og/renderOgImage.ts';
import { siteConfig } from '../siteConfig.ts';

/** From this many article files a build checks them on every core (measured above). */
const THREADS_FROM_FILES = 5_000;

/** How long after `astro dev` starts its caches are swept: never while it launches. */
const SWEEP_DELAY_MS = 60_000;

/** Thrown to stop a build; its message is the checker's report, so no stack is needed to act on it. */
class ContentCheckError extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'ContentCheckError';
    this.stack = `${this.name}: ${report}`;
  }
}

/**
 * Warnings a build or the dev server's launch lists before it only counts the rest. Every error is
 * listed; `npm run check` lists every warning. A log of every warning of every article was 6,000
 * lines on each launch of the dev server at 1,000 bench articles and 53,000 lines (10 MB) in a
 * 10,000-article build, where no one reads them. (Not a speed-up that this machine shows: seven
 * interleaved dev launches at 1,000 articles, output piped, 5.42 s median capped, 5.45 s not.)
 */
export const WARNINGS_LISTED = 50;

/** What the build and the dev server's launch print: every error, the first warnings, the summary. */
export function report(result: ContentCheck): string {
  const lines: string[] = [];
  let listed = 0;
  let unlisted = 0;
  for (const problem of result.problems) {
    if (problem.severity !== 'error') {
      if (listed === WARNINGS_LISTED) {
        unlisted += 1;
        continue;
      }
      listed += 1;
    }
    lines.push(formatProblem(problem));
  }
  if (unlisted > 0) {
    const more = countOf(unlisted, 'more warning', unlisted.toLocaleString('en-GB'));
    lines.push(`… and ${more}: npm run check lists every one.`);
  }
  return [...lines, summarize(result)].join('\n');
}

function checkOptions(root: string): ContentCheckOptions {
  return {
    directory: contentDirectory(),
    locale: siteConfig.locale,
    root,
    cacheDirectory: defaultCheckCacheDirectory(),
  };
}

function log(result: ContentCheck, logger: AstroIntegrationLogger): ContentCheck {
  const text = report(result);
  if (result.errors > 0) logger.error(`\n${text}`);
  else if (result.warnings > 0) logger.warn(`\n${text}`);
  else logger.info(text);
  return result;
}

/** Deletes what no run has used for a week from the check's and the cards' caches (`check/sweepCache.ts`). */
function sweepCaches(): void {
  sweepCache(defaultCheckCacheDirectory());
  sweepCache(ogCacheDirectory());
}

/** Starts drawing the social cards of what the build publishes, newest first. */
function drawCardsAhead(result: ContentCheck): void {
  const buildDate = new Date();
  const published = [...result.resolved.values()]
    .filter((article) => isPublished(article, buildDate))
    .sort(newestFirst(siteConfig.locale));
  startOgCardPrerender(published.map((article) => buildOgCardInput(article, siteConfig.name)));
}

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let checkedForBuild = false;
  let liveServer: LiveContentServer | undefined;
  return {
    name: 'tally-content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Vitest starts a Vite server from this config too; the tests run the checker themselves.
        if (command === 'dev' && !process.env.VITEST) {
          liveServer = startLiveContentServer(checkOptions(root), logger, (result) => log(result, logger));
          setLiveContent(liveServer.live);
          const ignored = unwatchedPaths(root, fileURLToPath(config.outDir), contentDirectory());
          updateConfig({ vite: { server: { watch: { ignored: [ignored] } } } });
          setTimeout(sweepCaches, SWEEP_DELAY_MS).unref();
          return;
        }
        // Astro may set up the config more than once per build; the content is the same.
        if (command !== 'build' || checkedForBuild) return;
        checkedForBuild = true;
        const checking = Promise.resolve().then(async () => {
          const checked = await checkContentOnThreads(checkOptions(root), { workersFrom: THREADS_FROM_FILES });
          const result = log(checked, logger);
          if (result.errors > 0) {
            throw new ContentCheckError(
              `The content check found ${result.errors} error(s); the build stops here. Run npm run check to see them again.`,
            );
          }
          sweepCache(defaultCheckCacheDirectory());
          drawCardsAhead(result);
          return result.entries;
        });
        setContentCheckGate(checking);
      },
      // The loader waited for the check already; this only makes sure no build renders past a failed one.
      'astro:build:start': async () => {
        await contentCheckPassed();
      },
      'astro:server:setup': ({ server }) => {
        liveServer?.serve(server);
      },
    },
  };
}
