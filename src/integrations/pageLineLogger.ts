/**
 * Astro's own console log (`astro/logger/node`), with every page `astro build` writes on one line.
 *
 * Why: Astro writes a page's line in two parts, its path when the page starts rendering and its
 * time when the page is written. With `build.concurrency` above 1 (astro.config.mjs) other pages
 * start in between, so paths ran together on one line ("…/index.html02:01:04 ├─ /404.html") and
 * the times stood alone below them ("(+348ms)").
 *
 * Rules:
 * - A page's path is a line of its own.
 * - A page's render time is left out: nothing in it says which page it belongs to.
 * - "(cached)" and "(restored)" stay on their page's line: Astro writes them right after the path,
 *   before anything else can run.
 * - Every other message is written as Astro writes it.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

const COLOURS = /\u001b\[[0-9;]*m/g;

/** The second part of a page's line: ` (+12ms) `, ` (+1m 5s) `, ` (cached)` or ` (restored)`. */
const PAGE_LINE_END = /^\s*\((\+[^)]*|cached|restored)\)\s*$/;

function isPageLineEnd(event: AstroLoggerMessage): boolean {
  return event.label === 'SKIP_FORMAT' && PAGE_LINE_END.test(event.message.replace(COLOURS, ''));
}

function isRenderTime(event: AstroLoggerMessage): boolean {
  return isPageLineEnd(event) && event.message.includes('(+');
}

export default function pageLineLogger(): AstroLoggerDestination {
  const astroLog = nodeDestination();
  /** A page's path, held until the end of the current task in case its "(cached)" follows. */
  let path: AstroLoggerMessage | undefined;

  const flush = () => {
    if (path) astroLog.write({ ...path, newLine: true });
    path = undefined;
  };

  return {
    write(event) {
      if (path && isPageLineEnd(event) && !isRenderTime(event)) {
        astroLog.write({ ...path, message: path.message + event.message, newLine: true });
        path = undefined;
        return;
      }
      flush();
      if (isRenderTime(event)) return;
      if (!event.newLine) {
        path = event;
        queueMicrotask(flush);
        return;
      }
      astroLog.write(event);
    },
  };
}
