/** Reading a built site (`dist/` or a temporary build) for the publishing tests. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every file under `root`, as `/`-separated paths relative to it, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const files = await readdir(root, { recursive: true, withFileTypes: true });
  return files
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/** Every file under `root` with the SHA-256 of its bytes, for comparing two builds file by file. */
export async function fileChecksums(root: string): Promise<Record<string, string>> {
  const files = await listFiles(root);
  const sums = await Promise.all(
    files.map(async (file) => [
      file,
      createHash('sha256')
        .update(await readFile(join(root, file)))
        .digest('hex'),
    ]),
  );
  return Object.fromEntries(sums);
}

/** The HTML pages a reader can reach (not Pagefind's bundle), relative to `root`. */
export async function listPages(root: string): Promise<string[]> {
  return (await listFiles(root)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

/** The URL path a page file is served at under `base`: `articles/x/index.html` → `/base/articles/x/`. */
export function pageUrlPath(file: string, base = '/'): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readText(root: string, file: string): Promise<string> {
  return readFile(join(root, file), 'utf8');
}

export interface InlineScript {
  type: string | undefined;
  content: string;
}

/** Every `<script>` without `src`, with its `type`. The build's HTML is Astro's, so a pattern reads it. */
export function inlineScripts(html: string): InlineScript[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\ssrc\s*=/.test(` ${attributes}`))
    .map(([, attributes, content]) => ({
      type: /\btype\s*=\s*"([^"]*)"/i.exec(attributes!)?.[1],
      content: content!,
    }));
}

/** Scripts the browser runs (and CSP governs), as opposed to data blocks such as JSON-LD. */
export function isExecutable(script: InlineScript): boolean {
  return script.type === undefined || /^(module|text\/javascript|application\/javascript)$/i.test(script.type);
}

/** Every URL an attribute of the page points at: href, src and each srcset candidate. */
export function linkedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [, name, value] of html.matchAll(/\s(href|src|srcset|content)="([^"]*)"/gi)) {
    if (name!.toLowerCase() === 'srcset')
      urls.push(...value!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    else if (name!.toLowerCase() !== 'content' || /^https?:\/\//.test(value!)) urls.push(value!);
  }
  return urls.map((url) => url.replaceAll('&amp;', '&'));
}

/** What Pagefind stored for each indexed page: its URL and the text it indexed. */
export async function searchFragments(root: string): Promise<{ url: string; content: string }[]> {
  const folder = join(root, 'pagefind', 'fragment');
  return Promise.all(
    (await readdir(folder)).map(async (file) => {
      const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    }),
  );
}
