/**
 * The fonts a social card is drawn in: Inter from the `@fontsource/inter` package, regular and
 * bold, in the subsets Tally's languages need.
 *
 * Rules:
 * - Read once per thread (the card worker and the build each have their own), from the project's
 *   `node_modules`: during a build this module runs from a bundled chunk elsewhere.
 * - A character is drawn from the first subset whose font has it; a character none has is not
 *   drawn (no tofu boxes on a card).
 * - `fingerprint` hashes the font files and the versions of everything that turns them into
 *   pixels, so a cached card is drawn again when any of them changes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse, type Font, type Glyph } from 'opentype.js/dist/opentype.mjs';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'] as const;
export const CARD_WEIGHTS = [400, 700] as const;
export type CardWeight = (typeof CARD_WEIGHTS)[number];

/** One font file: a weight of one subset. `id` is unique among the card's fonts. */
export interface CardFace {
  id: number;
  font: Font;
}

export interface CardFonts {
  /** For each weight, its subsets' faces in lookup order. */
  faces: Record<CardWeight, CardFace[]>;
  fingerprint: string;
}

/** A character's glyph, and the face it comes from. */
export interface FaceGlyph {
  face: CardFace;
  glyph: Glyph;
}

const projectRequire = createRequire(join(process.cwd(), 'package.json'));

async function version(name: string): Promise<string> {
  return JSON.parse(await readFile(projectRequire.resolve(`${name}/package.json`), 'utf8')).version;
}

async function loadCardFonts(): Promise<CardFonts> {
  const hash = createHash('sha256');
  for (const name of ['opentype.js', '@resvg/resvg-js', '@fontsource/inter']) {
    hash.update(`${name}@${await version(name)}\n`);
  }
  const faces = { 400: [], 700: [] } as CardFonts['faces'];
  let id = 0;
  for (const weight of CARD_WEIGHTS) {
    for (const subset of SUBSETS) {
      const data = await readFile(
        projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
      );
      hash.update(data);
      const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
      faces[weight].push({ id: id++, font: parse(bytes) });
    }
  }
  return { faces, fingerprint: hash.digest('hex') };
}

let loading: Promise<CardFonts> | undefined;

export function cardFonts(): Promise<CardFonts> {
  loading ??= loadCardFonts();
  return loading;
}

/** The glyph `character` is drawn with at `weight`, or undefined when no subset has it. */
export function glyphFor(fonts: CardFonts, weight: CardWeight, character: string): FaceGlyph | undefined {
  for (const face of fonts.faces[weight]) {
    const index = face.font.charToGlyphIndex(character);
    if (index > 0) return { face, glyph: face.font.glyphs.get(index) };
  }
  return undefined;
}
