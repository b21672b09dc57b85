/**
 * The editor's loop in `astro dev`: the live content check (`check/liveContentCheck.ts`) wired to
 * Vite's dev server.
 *
 * Rules:
 * - The folder is checked once as the server starts (the build's report: `report` in
 *   `contentCheck.ts`), and each watcher event on an article re-checks that file only; the
 *   terminal gets that change's report.
 * - After each change, Astro's route cache is cleared (the event Astro's own content layer sends,
 *   `astro:content-changed`, so `getStaticPaths` runs again) and the browser reloads (Vite's
 *   `full-reload` over its HMR channel): into the article, or into the error page.
 * - A page request waits until every change seen so far is handled, so a reload just after a save
 *   never shows the page from before it.
 * - While an article has errors, its page and the pages that list articles (home, archive,
 *   sections, tags) answer with the error page (`lib/renderContentErrorPage.ts`), status 500,
 *   under the site's Content-Security-Policy; other pages render as usual.
 * - Vite's file watcher leaves out the folders the dev server never serves or imports from
 *   (`UNWATCHED_FOLDERS`: the built site, the benchmark's corpora and builds, the tests' fixtures,
 *   the documents), except the articles' folder where it lies inside one of them. Vite watches
 *   the whole project and crawls every folder it watches as it starts: after a run of the
 *   benchmark (9,400 files in `bench/`) that crawl took 2.5–3 s of the main thread of a
 *   1,000-article launch (`--cpu-prof`, 7 December 2026), which the dev-loop bench then counted
 *   as Tally's. Vite already leaves out `dist/` by itself.
 */
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import type { ContentCheck, ContentCheckOptions } from '../check/checkContent.ts';
import { LiveContentCheck, type ContentChange, type FailingArticle } from '../check/liveContentCheck.ts';
import { pagePolicyOf } from '../lib/pagePolicyOf.ts';
import { renderContentErrorPage } from '../lib/renderContentErrorPage.ts';
import { siteConfig } from '../siteConfig.ts';

export interface LiveContentServer {
  /** The live check, once the first check of the folder is done. */
  live: Promise<LiveContentCheck>;
  /** Watches the folder, reloads the browser after each change, and serves the error page. */
  serve(server: ViteDevServer): void;
}

/** Pages that list articles: they show the errors of every article that has any. */
const LIST_PAGES = /^(?:|archive\/.*|sections\/.*|tags\/.*)$/;
const ARTICLE_PAGE = /^articles\/([^/]+)\/?$/;

/** Top-level folders of the project that `astro dev` never serves or imports from. */
const UNWATCHED_FOLDERS = ['bench', 'docs', 'tests'];

/**
 * What Vite's watcher leaves out (its `server.watch.ignored`): the build's output folder and
 * `UNWATCHED_FOLDERS`, but never the articles' folder or the way to it.
 */
export function unwatchedPaths(root: string, outDir: string, articles: string): (path: string) => boolean {
  const folders = [resolve(root, outDir), ...UNWATCHED_FOLDERS.map((name) => resolve(root, name))];
  const articleFolder = resolve(root, articles);
  const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);
  return (path) => {
    const absolute = resolve(root, path);
    if (inside(absolute, articleFolder) || inside(articleFolder, absolute)) return false;
    return folders.some((folder) => inside(absolute, folder));
  };
}

/** The failing articles whose errors the page at `path` (under the base) shows instead of itself. */
export function errorsShownAt(path: string, failing: FailingArticle[]): FailingArticle[] {
  const article = ARTICLE_PAGE.exec(path);
  if (article) return failing.filter(({ slug }) => slug === article[1]);
  return LIST_PAGES.test(path) ? failing : [];
}

function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A request for a page (not a module, an asset or one of Vite's own URLs), as a path under the base. */
function pagePath(request: IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(siteConfig.base) || url.search.includes('import')) return undefined;
  const path = url.pathname.slice(siteConfig.base.length);
  if (path.startsWith('@') || path.startsWith('_') || path.startsWith('node_modules/') || /\.[a-z0-9]+$/i.test(path)) {
    return undefined;
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function reload(server: ViteDevServer): void {
  for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

export function startLiveContentServer(
  options: ContentCheckOptions,
  logger: AstroIntegrationLogger,
  logFolder: (check: ContentCheck) => void,
): LiveContentServer {
  let server: ViteDevServer | undefined;
  const onChange = ({ report }: ContentChange) => {
    for (const { level, text } of report) logger[level](text);
    if (server) reload(server);
  };
  const live = LiveContentCheck.start(options, onChange).then((check) => {
    logFolder(check.current);
    return check;
  });
  const policy = pagePolicyOf(readFileSync(resolve(options.root ?? process.cwd(), 'public/_headers'), 'utf8'));

  const showErrors = async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const path = pagePath(request);
    if (path === undefined) return next();
    const check = await live;
    const slug = ARTICLE_PAGE.exec(path)?.[1];
    if (slug !== undefined) check.articleRequested(slug);
    await check.settled();
    const shown = errorsShownAt(path, check.failing());
    if (shown.length === 0) return next();
    const html = renderContentErrorPage({
      base: siteConfig.base,
      articles: shown.map((article) => ({ ...article, source: readSource(article.absolutePath) })),
    });
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Security-Policy', policy);
    response.end(request.method === 'HEAD' ? undefined : html);
  };

  return {
    live,
    serve(devServer) {
      server = devServer;
      // The folder may lie outside the project (TALLY_CONTENT_DIR), where Vite does not watch.
      devServer.watcher.add(resolve(options.root ?? process.cwd(), options.directory));
      for (const event of ['add', 'change', 'unlink'] as const) {
        devServer.watcher.on(event, (path: string) => void live.then((check) => check.fileChanged(path)));
      }
      devServer.middlewares.use((request, response, next) => {
        showErrors(request, response, next).catch(next);
      });
    },
  };
}
