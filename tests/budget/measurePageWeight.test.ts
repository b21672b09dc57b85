import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePageWeight } from './measurePageWeight.ts';

const INLINE_SCRIPT = 'document.documentElement.dataset.theme = localStorage.theme;';
const CSS = [
  '@font-face{font-family:A;src:url(/fonts/latin.woff2) format("woff2"),url(/fonts/latin.woff) format("woff");unicode-range:U+0000-00FF}',
  '@font-face{font-family:A;src:url(/fonts/cyrillic.woff2) format("woff2");unicode-range:U+0400-045F}',
  'body{font-family:A}',
].join('\n');
const PAGE = [
  '<!doctype html><html><head>',
  '<link rel="stylesheet" href="/site.css"><link rel="stylesheet" href="/print.css" media="print">',
  '<link rel="icon" href="/favicon.svg">',
  `<script>${INLINE_SCRIPT}</script>`,
  '<script type="application/ld+json">{"@type":"Article"}</script>',
  '<script type="module" src="/theme.js"></script>',
  '</head><body><p>Plain Latin text</p><img src="../chart.png" alt=""></body></html>',
].join('');

const files: Record<string, string | Buffer> = {
  'articles/x/index.html': PAGE,
  'site.css': CSS,
  'print.css': 'body{color:black}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'theme.js': 'import "./shared.js";toggle()',
  'shared.js': 'export const a = 1;',
  'fonts/latin.woff2': Buffer.alloc(1000),
  'fonts/latin.woff': Buffer.alloc(3000),
  'fonts/cyrillic.woff2': Buffer.alloc(2000),
  'articles/chart.png': Buffer.alloc(500),
  'search.html': '<script type="module">import("/pagefind/pagefind.js")</script>',
};

const gz = (text: string | Buffer) => gzipSync(text).length;

describe('measurePageWeight', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'tally-weight-'));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), content);
    }
  });

  it('counts the HTML and only the screen stylesheets as the first round trip', () => {
    const weight = measurePageWeight('articles/x/', { dist });
    expect(weight.htmlGzipBytes).toBe(gz(PAGE));
    expect(weight.firstRoundTripGzipBytes).toBe(gz(PAGE) + gz(CSS));
  });

  it('loads the first font file of each face whose unicode-range the text uses', () => {
    const fonts = measurePageWeight('articles/x/', { dist }).resources.filter((resource) => resource.kind === 'font');
    expect(fonts.map((font) => [font.url, font.transferBytes])).toEqual([['/fonts/latin.woff2', 1000]]);
  });

  it('counts inline and external executable scripts, with module imports, but not JSON-LD', () => {
    const weight = measurePageWeight('articles/x/', { dist });
    expect(weight.inlineScriptBytes).toBe(Buffer.byteLength(INLINE_SCRIPT));
    expect(weight.externalScripts).toEqual([
      { url: '/theme.js', bytes: Buffer.byteLength(files['theme.js']!), blocking: false },
    ]);
    expect(weight.resources.filter((resource) => resource.kind === 'script').map((resource) => resource.url)).toEqual([
      '/theme.js',
      '/shared.js',
    ]);
  });

  it('totals every resource as transferred: gzip for text, bytes on disk for binaries', () => {
    const weight = measurePageWeight('articles/x/', { dist });
    const expected =
      gz(PAGE) +
      gz(CSS) +
      gz(files['print.css']!) +
      gz(files['favicon.svg']!) +
      gz(files['theme.js']!) +
      gz(files['shared.js']!) +
      1000 +
      500;
    expect(weight.totalTransferBytes).toBe(expected);
  });

  it('finds Pagefind references in inline scripts', () => {
    expect(measurePageWeight('search.html', { dist }).pagefindReferences).toEqual(['/pagefind/pagefind.js']);
    expect(measurePageWeight('articles/x/', { dist }).pagefindReferences).toEqual([]);
  });

  it('refuses a page that loads a file from another origin', () => {
    writeFileSync(join(dist, 'external.html'), '<link rel="stylesheet" href="https://cdn.example/x.css">');
    expect(() => measurePageWeight('external.html', { dist })).toThrow(/another origin/);
  });
});
