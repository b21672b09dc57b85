/**
 * Weighs a built page the way a browser loads it, from the files in `dist/`.
 *
 * Rules:
 * - A page loads: its HTML; every `<link rel="stylesheet">`; every executable `<script src>`
 *   and the modules it statically imports; every `<link rel="preload">`/`"modulepreload"`;
 *   every `<img src>`; its first `<link rel="icon">`; and, from every stylesheet and `<style>`,
 *   the first `url()` of each `@font-face` whose `unicode-range` covers a character of the
 *   page's text (the one file of the rule a browser would fetch).
 *   Fonts are counted whether or not a rule uses their weight, so the total errs high.
 * - Render-blocking CSS is every stylesheet link without `media="print"`.
 * - Executable scripts are those without a `type`, or typed JavaScript or `module`; JSON-LD and
 *   other data blocks are part of the HTML, not script.
 * - Transfer size is gzip (zlib's default level 6) for text files and the bytes on disk for
 *   fonts and images, which are compressed already.
 * - `og:image` is not loaded by the page, so it is never counted.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELEMENT_NODE, TEXT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

export type ResourceKind = 'stylesheet' | 'script' | 'preload' | 'image' | 'icon' | 'font';

export interface LoadedResource {
  kind: ResourceKind;
  /** The path as the page asks for it, e.g. `/_astro/global.x1y2.css`. */
  url: string;
  bytes: number;
  transferBytes: number;
  renderBlocking: boolean;
}

export interface PageWeight {
  /** The page's path under the site, e.g. `articles/x/`. */
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Bytes of executable inline `<script>` bodies. */
  inlineScriptBytes: number;
  /** External executable scripts, with whether each blocks rendering. */
  externalScripts: { url: string; bytes: number; blocking: boolean }[];
  resources: LoadedResource[];
  /** HTML plus render-blocking CSS, gzipped: what the first round trip must carry. */
  firstRoundTripGzipBytes: number;
  /** Everything the page loads, as transferred. */
  totalTransferBytes: number;
  /** Every URL in the page (attributes and inline scripts) that points into `/pagefind/`. */
  pagefindReferences: string[];
}

const TEXT_EXTENSIONS = /\.(?:html|css|js|mjs|svg|json|txt|xml)$/i;
const JAVASCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function gzipBytes(content: Buffer | string): number {
  return gzipSync(content).length;
}

function elementsOf(html: string): ElementNode[] {
  const elements: ElementNode[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE) elements.push(node as ElementNode);
  });
  return elements;
}

function textOf(element: ElementNode): string {
  return element.children.map((child) => (child.type === TEXT_NODE ? (child.value as string) : '')).join('');
}

function relList(element: ElementNode): string[] {
  return (element.attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Characters of the page's visible text, for matching font `unicode-range`s. */
function pageCharacters(html: string): Set<number> {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  return new Set([...text].map((character) => character.codePointAt(0) ?? 0));
}

function coversAny(unicodeRange: string | undefined, characters: Set<number>): boolean {
  if (!unicodeRange) return true;
  return unicodeRange.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^u\+/i, '').split('-');
    const low = parseInt((from ?? '').replace(/\?/g, '0'), 16);
    const high = parseInt((to ?? '').replace(/\?/g, 'f'), 16);
    for (const character of characters) if (character >= low && character <= high) return true;
    return false;
  });
}

/** The font files a stylesheet makes the browser fetch for this page's text. */
function fontUrls(css: string, characters: Set<number>): string[] {
  const urls: string[] = [];
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const first = /url\(\s*(['"]?)([^'")]+)\1\s*\)/.exec(rule)?.[2];
    const range = /unicode-range\s*:\s*([^;}]+)/i.exec(rule)?.[1];
    if (first && !first.startsWith('data:') && coversAny(range, characters)) urls.push(first);
  }
  return urls;
}

export interface MeasureOptions {
  /** The built site, e.g. `dist`. */
  dist: string;
  /** The base the site was built for, e.g. `/` or `/tally/`. */
  base?: string;
}

/** Weighs the page at `page` (a path under the site, `''` for the home page). */
export function measurePageWeight(page: string, { dist, base = '/' }: MeasureOptions): PageWeight {
  const pageUrl = new URL(`${base}${page}`, 'http://site.invalid');
  const htmlFile = join(dist, page, page.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const characters = pageCharacters(html);

  const fileFor = (url: string): { path: string; file: string } => {
    const resolved = new URL(url, pageUrl);
    if (resolved.origin !== pageUrl.origin) {
      throw new Error(`${htmlFile} loads ${url} from another origin; a page must load only its own files`);
    }
    if (!resolved.pathname.startsWith(base)) throw new Error(`${htmlFile} loads ${url}, outside the base ${base}`);
    return { path: resolved.pathname, file: join(dist, decodeURIComponent(resolved.pathname.slice(base.length))) };
  };

  const resources: LoadedResource[] = [];
  const seen = new Set<string>();
  const load = (kind: ResourceKind, url: string, renderBlocking = false, relativeTo?: URL): Buffer | undefined => {
    const absolute = relativeTo ? new URL(url, relativeTo).pathname : url;
    const { path, file } = fileFor(absolute);
    if (seen.has(path)) return undefined;
    seen.add(path);
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      throw new Error(`${htmlFile} loads ${path}, but ${file} was not built`);
    }
    const bytes = statSync(file).size;
    const transferBytes = TEXT_EXTENSIONS.test(file) ? gzipBytes(content) : bytes;
    resources.push({ kind, url: path, bytes, transferBytes, renderBlocking });
    return content;
  };

  /** A module's static imports load before it runs, so they count as part of it. */
  const loadStaticImports = (module: Buffer, url: URL): void => {
    for (const [, specifier] of module.toString('utf8').matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) {
      if (!specifier?.startsWith('.') && !specifier?.startsWith('/')) continue;
      const imported = load('script', specifier, false, url);
      if (imported) loadStaticImports(imported, new URL(specifier, url));
    }
  };

  let inlineScriptBytes = 0;
  const externalScripts: PageWeight['externalScripts'] = [];
  const pagefindReferences: string[] = [];
  const stylesheets: { css: string; url: URL }[] = [];

  for (const element of elementsOf(html)) {
    const { name, attributes } = element;
    for (const value of [attributes.src, attributes.href]) {
      if (value?.includes('/pagefind/')) pagefindReferences.push(value);
    }
    const rel = relList(element);
    if (name === 'link' && rel.includes('stylesheet') && attributes.href) {
      const blocking = (attributes.media ?? 'all') !== 'print';
      const css = load('stylesheet', attributes.href, blocking);
      if (css) stylesheets.push({ css: css.toString('utf8'), url: new URL(attributes.href, pageUrl) });
    } else if (name === 'link' && (rel.includes('preload') || rel.includes('modulepreload')) && attributes.href) {
      load('preload', attributes.href);
    } else if (name === 'link' && rel.includes('icon') && attributes.href) {
      if (!resources.some((resource) => resource.kind === 'icon')) load('icon', attributes.href);
    } else if (name === 'img' && attributes.src && !attributes.src.startsWith('data:')) {
      load('image', attributes.src);
    } else if (name === 'style') {
      stylesheets.push({ css: textOf(element), url: pageUrl });
    } else if (name === 'script' && JAVASCRIPT_TYPES.has((attributes.type ?? '').toLowerCase())) {
      if (attributes.src) {
        const blocking = attributes.type !== 'module' && !('defer' in attributes) && !('async' in attributes);
        const content = load('script', attributes.src, blocking);
        externalScripts.push({ url: attributes.src, bytes: content?.length ?? 0, blocking });
        if (content && attributes.type === 'module') loadStaticImports(content, new URL(attributes.src, pageUrl));
      } else {
        const body = textOf(element);
        inlineScriptBytes += Buffer.byteLength(body);
        for (const [found] of body.matchAll(/[^'"`\s]*\/pagefind\/[^'"`\s]*/g)) pagefindReferences.push(found);
      }
    }
  }
  for (const { css, url } of stylesheets) {
    for (const font of fontUrls(css, characters)) load('font', font, false, url);
  }

  const htmlBytes = Buffer.byteLength(html);
  const htmlGzipBytes = gzipBytes(html);
  const blockingCss = resources.filter((resource) => resource.kind === 'stylesheet' && resource.renderBlocking);
  return {
    page,
    htmlBytes,
    htmlGzipBytes,
    inlineScriptBytes,
    externalScripts,
    resources,
    firstRoundTripGzipBytes: htmlGzipBytes + blockingCss.reduce((sum, resource) => sum + resource.transferBytes, 0),
    totalTransferBytes: htmlGzipBytes + resources.reduce((sum, resource) => sum + resource.transferBytes, 0),
    pagefindReferences,
  };
}
