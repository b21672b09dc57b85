/**
 * Draws an article's social card to PNG at build time (satori → SVG, resvg → pixels,
 * `encodePng` → PNG).
 *
 * Rules:
 * - Fonts come from the `@fontsource/inter` package (WOFF: satori cannot read WOFF2), loaded once
 *   per build process.
 * - A card is cached on disk under the hash of its input, the fonts and the renderers' versions,
 *   so an unchanged article costs one file read on rebuild. `TALLY_OG_CACHE_DIR` moves the cache
 *   (a test uses an empty one to prove a fresh render gives the same bytes).
 * - During `astro build` the cards are drawn ahead, on another thread (`prerenderOgCards`);
 *   `renderOgImage` waits for its card there before it looks in the cache.
 * - Nothing depends on the time or the machine: the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH, buildOgCard, type OgCardInput } from './buildOgCard.ts';
import { ENCODER_VERSION, encodePng } from './encodePng.ts';
import { waitForPrerenderedCard } from './prerenderOgCards.ts';

/** Scripts drawn besides Latin; the rest of Unicode falls back to nothing drawn. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'];
const FONT_WEIGHTS = [400, 700] as const;

interface Renderer {
  fonts: SatoriOptions['fonts'];
  /** Hash of the fonts and renderer versions, mixed into every cache key. */
  fingerprint: string;
}

let renderer: Promise<Renderer> | undefined;

// Resolved from the project root: during a build this module runs from a bundled chunk elsewhere.
const projectRequire = createRequire(join(process.cwd(), 'package.json'));

async function loadRenderer(): Promise<Renderer> {
  const hash = createHash('sha256');
  for (const name of ['satori', '@resvg/resvg-js', '@fontsource/inter']) {
    hash.update(
      `${name}@${JSON.parse(await readFile(projectRequire.resolve(`${name}/package.json`), 'utf8')).version}\n`,
    );
  }
  // The PNG encoder's bytes depend on its own code and on zlib's.
  hash.update(`encodePng@${ENCODER_VERSION} zlib@${process.versions.zlib}\n`);
  const fonts: SatoriOptions['fonts'] = [];
  for (const weight of FONT_WEIGHTS) {
    for (const subset of FONT_SUBSETS) {
      const data = await readFile(
        projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
      );
      hash.update(data);
      fonts.push({ name: 'Inter', data, weight, style: 'normal' });
    }
  }
  return { fonts, fingerprint: hash.digest('hex') };
}

function cacheDirectory(): string {
  return process.env.TALLY_OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'tally-og');
}

/** Renders without the cache: the pure path, used by the cache and by tests. */
export async function drawOgImage(input: OgCardInput): Promise<Uint8Array<ArrayBuffer>> {
  const { fonts } = await (renderer ??= loadRenderer());
  const svg = await satori(buildOgCard(input) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height, { premultiplied: true });
}

/** The card as PNG bytes, from the cache when this exact input was drawn before. */
export async function renderOgImage(input: OgCardInput): Promise<Uint8Array<ArrayBuffer>> {
  await waitForPrerenderedCard(input);
  const { fingerprint } = await (renderer ??= loadRenderer());
  const key = createHash('sha256').update(fingerprint).update(JSON.stringify(input)).digest('hex');
  const file = join(cacheDirectory(), `${key}.png`);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not cached yet.
  }
  const png = await drawOgImage(input);
  await mkdir(cacheDirectory(), { recursive: true });
  // Write then rename, so a build running alongside never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
