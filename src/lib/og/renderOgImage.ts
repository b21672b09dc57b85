/**
 * Draws an article's social card to PNG at build time (`layoutOgCard` → `composeOgCard` →
 * `encodePng`).
 *
 * Rules:
 * - A card is cached on disk under the hash of its input, the fonts and the renderers' versions,
 *   so an unchanged article costs one file read on rebuild. Reading a card marks it used; cards
 *   unused for a week are deleted (`check/sweepCache.ts`). `TALLY_OG_CACHE_DIR` moves the cache
 *   (a test uses an empty one to prove a fresh render gives the same bytes).
 * - During `astro build` the cards are drawn ahead, on another thread (`prerenderOgCards`);
 *   `renderOgImage` waits for its card there before it looks in the cache.
 * - Nothing depends on the time or the machine: the same input gives the same bytes.
 *
 * What the cache saves, measured 7 December 2026 on a quiet machine (load average 0.8–2.2;
 * 1,000 articles, one edited, three interleaved pairs, `bench/compareBuilds.ts`, B drawing into a
 * fresh folder each build): a warm rebuild's CPU 11.2 / 9.9 / 10.3 s with it, 15.6 / 13.3 / 13.7 s
 * without (33–39 % more without: every card drawn again, about 3.8 ms each). An earlier series
 * under load 6–12 had shown no difference (median −2 %); the machine's noise hid 3.5 s of CPU.
 * The folder is also how the card workers hand cards to the build (`prerenderOgCards`).
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markUsed } from '../../check/sweepCache.ts';
import { OG_HEIGHT, OG_WIDTH, layoutOgCard, type OgCardInput } from './buildOgCard.ts';
import { cardFonts } from './cardFonts.ts';
import { composeOgCard } from './composeOgCard.ts';
import { ENCODER_VERSION, encodePng } from './encodePng.ts';
import { waitForPrerenderedCard } from './prerenderOgCards.ts';

/** Bump when the card's layout or painting changes, so cached cards are drawn again. */
const CARD_VERSION = 2;

let fingerprint: Promise<string> | undefined;

/** Hash of the fonts and of everything that turns a card's input into bytes. */
async function cardFingerprint(): Promise<string> {
  const fonts = await cardFonts();
  // The PNG encoder's bytes depend on its own code and on zlib's.
  return `${fonts.fingerprint} card@${CARD_VERSION} encodePng@${ENCODER_VERSION} zlib@${process.versions.zlib}`;
}

/** Where drawn cards are kept (`TALLY_OG_CACHE_DIR` moves it); `check/sweepCache.ts` prunes it. */
export function ogCacheDirectory(): string {
  return process.env.TALLY_OG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'tally-og');
}

/** One canvas for every card this thread draws: each is encoded before the next is painted. */
let canvas: Uint8Array<ArrayBuffer> | undefined;

/** Renders without the cache: the pure path, used by the cache and by tests. */
export async function drawOgImage(input: OgCardInput): Promise<Uint8Array<ArrayBuffer>> {
  const layout = layoutOgCard(input, await cardFonts());
  canvas = composeOgCard(layout, OG_WIDTH, OG_HEIGHT, canvas);
  return encodePng(canvas, OG_WIDTH, OG_HEIGHT, { premultiplied: false });
}

/** The card as PNG bytes, from the cache when this exact input was drawn before. */
export async function renderOgImage(input: OgCardInput): Promise<Uint8Array<ArrayBuffer>> {
  await waitForPrerenderedCard(input);
  const key = createHash('sha256')
    .update(await (fingerprint ??= cardFingerprint()))
    .update(JSON.stringify(input))
    .digest('hex');
  const file = join(ogCacheDirectory(), `${key}.png`);
  try {
    const cached = await open(file, 'r');
    try {
      markUsed(cached.fd);
      return new Uint8Array(await cached.readFile());
    } finally {
      await cached.close();
    }
  } catch {
    // Not cached yet.
  }
  const png = await drawOgImage(input);
  await mkdir(ogCacheDirectory(), { recursive: true });
  // Write then rename, so a build running alongside never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
