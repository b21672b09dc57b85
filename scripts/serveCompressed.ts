/**
 * Puts gzip in front of a local server, as every static host does for text, so Lighthouse
 * weighs and times pages as readers receive them. Fonts and images pass through unchanged.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { StaticServer } from '../tests/support/staticServer.ts';

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml)|image\/svg\+xml)/;
/** Hop-by-hop and length headers: this proxy sets its own. */
const DROPPED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

export async function serveCompressed(upstream: StaticServer): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const reply = await fetch(`${upstream.origin}${request.url ?? '/'}`);
    let body = Buffer.from(await reply.arrayBuffer());
    const headers: Record<string, string> = {};
    reply.headers.forEach((value, name) => {
      if (!DROPPED.has(name)) headers[name] = value;
    });
    if (COMPRESSIBLE.test(headers['content-type'] ?? '') && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(reply.status, { ...headers, 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the compressing server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
