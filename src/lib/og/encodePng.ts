/**
 * Encodes raw RGBA pixels as a PNG, faster and smaller than a general encoder for a social card.
 *
 * Rules:
 * - A card is a few flat colours plus anti-aliased text, so it nearly always has at most 256
 *   colours: then it is written as an indexed PNG (one byte a pixel, palette in first-seen order),
 *   which deflates in a fraction of the time RGBA takes. Otherwise it is written as RGBA.
 * - Transparency survives either way (a `tRNS` chunk for the palette). PNG stores straight
 *   colour; renderers such as resvg hand over premultiplied pixels, which are divided back first.
 * - The bytes depend only on the pixels: no timestamps, and zlib at a fixed level.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** Bump when the bytes this module writes change, so cached cards are drawn again. */
export const ENCODER_VERSION = 1;

const CACHE_SHIFT = 22; // 32 − 22 = 10 bits: 1,024 slots
const CACHE_SLOTS = 1 << (32 - CACHE_SHIFT);
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const COLOUR_TYPE = { indexed: 3, rgba: 6 } as const;
// Run-length matching only: a card is long runs of one colour, and RLE deflates them in a tenth of
// the time level 6 takes for a few KB more.
const DEFLATE = { level: 9, strategy: constants.Z_RLE };

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function header(width: number, height: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bits per sample (or per palette index)
  data[9] = colourType;
  // Bytes 10–12: deflate compression, adaptive filtering, no interlace (all 0).
  return chunk('IHDR', data);
}

let scratchRows: Uint8Array | undefined;

/**
 * Rows of palette indices (each row led by filter byte 0) and where each colour first appears,
 * or undefined past 256 colours.
 */
function toIndexed(pixels: Int32Array, width: number, height: number) {
  const indexOf = new Map<number, number>();
  const firstPixel: number[] = [];
  // A direct-mapped cache in front of the Map: anti-aliased text switches colour every few pixels.
  const cachedColour = new Int32Array(CACHE_SLOTS);
  const cachedIndex = new Int16Array(CACHE_SLOTS).fill(-1);
  // Deflated before the next call, so one buffer serves every card: no garbage per card.
  if (scratchRows?.length !== (width + 1) * height) scratchRows = new Uint8Array((width + 1) * height);
  const rows = scratchRows;
  let at = 0;
  for (let y = 0; y < height; y += 1) {
    rows[at++] = 0;
    const end = (y + 1) * width;
    let x = y * width;
    while (x < end) {
      // A run of one colour is written with one fill: most of a card is background.
      const colour = pixels[x]!;
      let runEnd = x + 1;
      while (runEnd < end && pixels[runEnd] === colour) runEnd += 1;
      const slot = Math.imul(colour, 0x9e3779b1) >>> CACHE_SHIFT;
      let index = cachedIndex[slot]!;
      if (index < 0 || cachedColour[slot] !== colour) {
        index = indexOf.get(colour) ?? -1;
        if (index < 0) {
          if (indexOf.size === 256) return undefined;
          index = indexOf.size;
          indexOf.set(colour, index);
          firstPixel.push(x);
        }
        cachedColour[slot] = colour;
        cachedIndex[slot] = index;
      }
      const length = runEnd - x;
      if (length < 16) {
        for (let k = 0; k < length; k += 1) rows[at + k] = index;
      } else {
        rows.fill(index, at, at + length);
      }
      at += length;
      x = runEnd;
    }
  }
  return { rows, firstPixel };
}

/** Straight colour from premultiplied, for the four bytes at `from` of `rgba`, written to `to`. */
function unpremultiplyPixel(rgba: Uint8Array, from: number, to: Uint8Array, at: number): void {
  const alpha = rgba[from + 3]!;
  for (let channel = 0; channel < 3; channel += 1) {
    const value = rgba[from + channel]!;
    to[at + channel] = alpha === 255 ? value : alpha === 0 ? 0 : Math.min(255, Math.round((value * 255) / alpha));
  }
  to[at + 3] = alpha;
}

/**
 * The palette, read back from each colour's first pixel so byte order never matters. Premultiplied
 * colours are divided back here, once per colour: distinct premultiplied colours stay distinct.
 */
function paletteChunks(firstPixel: number[], rgba: Uint8Array, premultiplied: boolean): Buffer[] {
  const palette = Buffer.alloc(firstPixel.length * 3);
  const alpha = Buffer.alloc(firstPixel.length);
  const straight = new Uint8Array(4);
  firstPixel.forEach((pixel, index) => {
    if (premultiplied) unpremultiplyPixel(rgba, pixel * 4, straight, 0);
    else straight.set(rgba.subarray(pixel * 4, pixel * 4 + 4));
    palette.set(straight.subarray(0, 3), index * 3);
    alpha[index] = straight[3]!;
  });
  const opaque = alpha.every((value) => value === 255);
  return [chunk('PLTE', palette), ...(opaque ? [] : [chunk('tRNS', alpha)])];
}

function rgbaRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return rows;
}

/** Straight colour from premultiplied: a copy, made only when some pixel is not opaque. */
function unpremultiply(rgba: Uint8Array): Uint8Array {
  let straight: Uint8Array | undefined;
  for (let at = 3; at < rgba.length; at += 4) {
    if (rgba[at] === 255) continue;
    straight ??= new Uint8Array(rgba); // a copy (a Buffer's slice() would be a view)
    unpremultiplyPixel(rgba, at - 3, straight, at - 3);
  }
  return straight ?? rgba;
}

export interface EncodeOptions {
  /** The colour channels are already multiplied by alpha (resvg's `pixels`). */
  premultiplied?: boolean;
}

export function encodePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  { premultiplied = false }: EncodeOptions = {},
): Uint8Array<ArrayBuffer> {
  if (rgba.length !== width * height * 4) {
    throw new Error(`encodePng: expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  }
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba);
  const indexed = toIndexed(new Int32Array(aligned.buffer, aligned.byteOffset, width * height), width, height);
  const parts = indexed
    ? [
        header(width, height, COLOUR_TYPE.indexed),
        ...paletteChunks(indexed.firstPixel, aligned, premultiplied),
        chunk('IDAT', deflateSync(indexed.rows, DEFLATE)),
      ]
    : [
        header(width, height, COLOUR_TYPE.rgba),
        chunk('IDAT', deflateSync(rgbaRows(premultiplied ? unpremultiply(aligned) : aligned, width, height), DEFLATE)),
      ];
  const png = Buffer.concat([SIGNATURE, ...parts, chunk('IEND', new Uint8Array(0))]);
  return new Uint8Array(png.buffer.slice(png.byteOffset, png.byteOffset + png.length) as ArrayBuffer);
}
