/**
 * Paints a card's layout into RGBA pixels: flat rectangles, then glyphs from a per-thread atlas.
 *
 * Why not an SVG renderer for the whole card: resvg spent about 10 ms on each 1,200 × 630 card,
 * half of it on the canvas alone, and satori 5 ms laying it out. A card is flat colours and text,
 * and its glyphs repeat from card to card, so each glyph is rasterized once (by resvg, from the
 * font's outline) and then only copied: painting a card takes about 2.5 ms, half of it filling
 * the canvas, and 3.7 ms with the PNG encoding.
 *
 * Rules:
 * - A glyph's pen position is rounded to a quarter pixel across and a whole pixel down; each
 *   quarter is rasterized on its own, so glyph spacing keeps its sub-pixel accuracy.
 * - Coverage is kept in 32 steps, so a card has few colours and stays an indexed PNG (`encodePng`).
 * - Rounded corners are covered by sampling each corner pixel 4 × 4 times.
 * - Only integer arithmetic touches the pixels: the same layout gives the same bytes everywhere.
 */
import { Resvg } from '@resvg/resvg-js';
import type { CardLayout, CardRect, PlacedGlyph, Rgb } from './buildOgCard.ts';

const SUBPIXEL_STEPS = 4;
const COVERAGE_SHIFT = 5;
const COVERAGE_STEPS = 1 << COVERAGE_SHIFT;

/** A glyph's coverage, `left`/`top` pixels from its pen position to the mask's corner. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0…COVERAGE_STEPS per pixel, row by row. */
  coverage: Uint8Array;
}

const atlas = new Map<string, GlyphMask | null>();

function rasterize(glyph: PlacedGlyph, offset: number): GlyphMask | null {
  // Drawn with the pen at (offset, 0): the outline lies above the baseline (negative y) and below.
  const path = glyph.glyph.getPath(offset, 0, glyph.size);
  const box = path.getBoundingBox();
  if (!(box.x2 > box.x1 && box.y2 > box.y1)) return null; // a space
  const left = Math.floor(box.x1) - 1;
  const top = Math.floor(box.y1) - 1;
  const width = Math.ceil(box.x2) + 1 - left;
  const height = Math.ceil(box.y2) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<path transform="translate(${-left} ${-top})" d="${path.toPathData({ decimalPlaces: 3, flipY: false, optimize: false })}"/></svg>`;
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const pixels = image.pixels;
  const coverage = new Uint8Array(width * height);
  for (let index = 0; index < coverage.length; index += 1) {
    coverage[index] = Math.round((pixels[index * 4 + 3]! * COVERAGE_STEPS) / 255);
  }
  return { left, top, width, height, coverage };
}

function maskFor(glyph: PlacedGlyph, quarter: number): GlyphMask | null {
  const key = `${glyph.face}:${glyph.glyph.index}:${glyph.size}:${quarter}`;
  let mask = atlas.get(key);
  if (mask === undefined) {
    mask = rasterize(glyph, quarter / SUBPIXEL_STEPS);
    atlas.set(key, mask);
  }
  return mask;
}

/** Blends `colour` over the pixel at `offset` with coverage `steps` of COVERAGE_STEPS (rounded half up). */
function blend(pixels: Uint8Array, offset: number, colour: Rgb, steps: number): void {
  for (let channel = 0; channel < 3; channel += 1) {
    const under = pixels[offset + channel]!;
    pixels[offset + channel] = under + (((colour[channel]! - under) * steps + COVERAGE_STEPS / 2) >> COVERAGE_SHIFT);
  }
}

/** An opaque colour as one 32-bit word of the platform's byte order, for `Uint32Array.fill`. */
function word(colour: Rgb): number {
  return new Uint32Array(Uint8Array.of(colour[0], colour[1], colour[2], 255).buffer)[0]!;
}

/** How much of the pixel (px, py) lies inside a corner's quarter circle centred on (cx, cy). */
function cornerCoverage(px: number, py: number, cx: number, cy: number, radius: number): number {
  let inside = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const dx = px + (sx + 0.5) / 4 - cx;
      const dy = py + (sy + 0.5) / 4 - cy;
      if (dx * dx + dy * dy <= radius * radius) inside += 1;
    }
  }
  return (inside * COVERAGE_STEPS) >> 4;
}

function paintRect(pixels: Uint8Array, width: number, rect: CardRect): void {
  const { x, y, radius, colour } = rect;
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  const fill = word(colour);
  const right = x + rect.width;
  const bottom = y + rect.height;
  for (let row = y; row < bottom; row += 1) {
    const cy = row < y + radius ? y + radius : row >= bottom - radius ? bottom - radius : -1;
    if (cy < 0) {
      words.fill(fill, row * width + x, row * width + right);
      continue;
    }
    // A corner row: the pixels under the quarter circles are covered only as far as it reaches.
    words.fill(fill, row * width + x + radius, row * width + right - radius);
    for (const [from, to, cx] of [
      [x, x + radius, x + radius],
      [right - radius, right, right - radius],
    ] as const) {
      for (let column = from; column < to; column += 1) {
        const steps = cornerCoverage(column, row, cx, cy, radius);
        if (steps > 0) blend(pixels, (row * width + column) * 4, colour, steps);
      }
    }
  }
}

function paintGlyph(pixels: Uint8Array, width: number, height: number, glyph: PlacedGlyph): void {
  const whole = Math.floor(glyph.x);
  let quarter = Math.round((glyph.x - whole) * SUBPIXEL_STEPS);
  const penX = whole + Math.floor(quarter / SUBPIXEL_STEPS);
  quarter %= SUBPIXEL_STEPS;
  const mask = maskFor(glyph, quarter);
  if (!mask) return;
  const [red, green, blue] = glyph.colour;
  const half = COVERAGE_STEPS / 2;
  const firstColumn = Math.max(0, -(penX + mask.left));
  const lastColumn = Math.min(mask.width, width - (penX + mask.left));
  for (let row = 0; row < mask.height; row += 1) {
    const y = glyph.baseline + mask.top + row;
    if (y < 0 || y >= height) continue;
    const maskRow = row * mask.width;
    const pixelRow = (y * width + penX + mask.left) * 4;
    for (let column = firstColumn; column < lastColumn; column += 1) {
      const steps = mask.coverage[maskRow + column]!;
      if (steps === 0) continue;
      const offset = pixelRow + column * 4;
      const r = pixels[offset]!;
      const g = pixels[offset + 1]!;
      const b = pixels[offset + 2]!;
      pixels[offset] = r + (((red - r) * steps + half) >> COVERAGE_SHIFT);
      pixels[offset + 1] = g + (((green - g) * steps + half) >> COVERAGE_SHIFT);
      pixels[offset + 2] = b + (((blue - b) * steps + half) >> COVERAGE_SHIFT);
    }
  }
}

/**
 * The layout painted on an opaque canvas, as straight (not premultiplied) RGBA. The canvas is
 * `into` when it has the right size (it is painted over entirely), else a new one: a card is 3 MB,
 * and a fresh canvas per card made garbage collection a quarter of a card's time.
 */
export function composeOgCard(
  layout: CardLayout,
  width: number,
  height: number,
  into?: Uint8Array<ArrayBuffer>,
): Uint8Array<ArrayBuffer> {
  const size = width * height * 4;
  const pixels = into?.length === size && into.byteOffset === 0 ? into : new Uint8Array(size);
  new Uint32Array(pixels.buffer, 0, width * height).fill(word(layout.background));
  for (const rect of layout.rects) paintRect(pixels, width, rect);
  for (const glyph of layout.glyphs) paintGlyph(pixels, width, height, glyph);
  return pixels;
}
