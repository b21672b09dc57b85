/**
 * A static file server for tests, bound to 127.0.0.1 on a free port. It serves a built site the
 * way static hosts do: `/x/` → `/x/index.html`, and unknown paths → `/404.html` with status 404.
 * `headersFor` lets a test add response headers (e.g. those a `_headers` file declares).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` with no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The folder to serve, e.g. `dist`. */
  root: string;
  /** The sub-path the site was built for, e.g. `/tally/`; requests outside it are 404s. */
  base?: string;
  headersFor?: (path: string) => Record<string, string>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic({ root, base = '/', headersFor }: ServeOptions): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    let status = 200;
    let file: string | undefined;
    if (path.startsWith(base)) {
      const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(root, relative);
      if (await isFile(candidate)) file = candidate;
      else if (await isFile(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
    }
    if (!file) {
      status = 404;
      file = join(root, '404.html');
      path = `${base}404.html`;
      if (!(await isFile(file))) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const body = await readFile(file);
    response.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headersFor?.(path),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
