/**
 * The social card's PNG encoder. Each PNG is decoded again by resvg (which draws an embedded PNG
 * pixel for pixel at its own size) and must give the same pixels as resvg's own PNG of the same
 * drawing, so the test trusts neither encoder's code.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/og/encodePng.ts';

const WIDTH = 64;
const HEIGHT = 40;

function render(svgBody: string) {
  return new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">${svgBody}</svg>`,
  ).render();
}

/** Premultiplied RGBA, as resvg hands it over. */
function draw(svgBody: string): Uint8Array {
  return render(svgBody).pixels;
}

function decode(png: Uint8Array): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return draw(`<image href="${href}" width="${WIDTH}" height="${HEIGHT}"/>`);
}

/** Ours and resvg's PNG of one drawing decode to the same pixels. */
function expectSameImageAsResvg(svgBody: string, png: Uint8Array) {
  expect(Buffer.compare(decode(png), decode(render(svgBody).asPng()))).toBe(0);
}

/** The colour type byte of the IHDR chunk: 3 indexed, 6 RGBA. */
function colourType(png: Uint8Array): number {
  return png[25]!;
}

const FLAT = '<rect width="64" height="40" fill="#fdfcf9"/><circle cx="20" cy="20" r="13" fill="#9b2c1f"/>';
// A horizontal and a vertical gradient: thousands of colours, more than a palette holds.
const GRADIENTS = `<defs>
  <linearGradient id="h"><stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#f00"/></linearGradient>
  <linearGradient id="v" x2="0" y2="1"><stop offset="0" stop-color="#0f0" stop-opacity="0"/><stop offset="1" stop-color="#00f"/></linearGradient>
</defs><rect width="64" height="40" fill="url(#h)" fill-opacity="0.9"/><rect width="64" height="40" fill="url(#v)"/>`;
const SEE_THROUGH = '<circle cx="32" cy="20" r="15" fill="#1b1a17" fill-opacity="0.5"/>';

describe('encodePng', () => {
  it('writes a few flat colours as an indexed PNG that decodes to the same pixels', () => {
    const png = encodePng(draw(FLAT), WIDTH, HEIGHT, { premultiplied: true });
    expect(colourType(png)).toBe(3);
    expectSameImageAsResvg(FLAT, png);
  });

  it('keeps transparency in an indexed PNG', () => {
    const pixels = draw(SEE_THROUGH);
    expect(new Set(pixels.filter((_, at) => at % 4 === 3)).size).toBeGreaterThan(1);
    const before = Buffer.from(pixels);
    const png = encodePng(pixels, WIDTH, HEIGHT, { premultiplied: true });
    expect(colourType(png)).toBe(3);
    expectSameImageAsResvg(SEE_THROUGH, png);
    expect(Buffer.compare(pixels, before), "the caller's pixels are left as they were").toBe(0);
    // Stored straight, not premultiplied: the half-transparent centre keeps its full colour.
    expect(Buffer.compare(png, encodePng(pixels, WIDTH, HEIGHT))).not.toBe(0);
  });

  it('falls back to RGBA past 256 colours, still losslessly and with transparency', () => {
    const pixels = draw(GRADIENTS);
    const colours = new Set(new Uint32Array(pixels.buffer, pixels.byteOffset, WIDTH * HEIGHT));
    expect(colours.size).toBeGreaterThan(256);
    const png = encodePng(pixels, WIDTH, HEIGHT, { premultiplied: true });
    expect(colourType(png)).toBe(6);
    expectSameImageAsResvg(GRADIENTS, png);
  });

  it('gives the same bytes for the same pixels, whatever their alignment in memory', () => {
    const pixels = draw(FLAT);
    const shifted = Buffer.alloc(pixels.length + 1).subarray(1);
    shifted.set(pixels);
    expect(Buffer.compare(encodePng(shifted, WIDTH, HEIGHT), encodePng(pixels, WIDTH, HEIGHT))).toBe(0);
  });

  it('gives the same bytes for the same pixels after encoding others of the same size', () => {
    const flat = draw(FLAT);
    const first = Buffer.from(encodePng(flat, WIDTH, HEIGHT));
    const other = encodePng(draw(SEE_THROUGH), WIDTH, HEIGHT, { premultiplied: true });
    expect(Buffer.compare(Buffer.from(encodePng(flat, WIDTH, HEIGHT)), first)).toBe(0);
    expectSameImageAsResvg(SEE_THROUGH, other);
  });

  it('refuses pixels that do not fill the stated size', () => {
    expect(() => encodePng(new Uint8Array(10), WIDTH, HEIGHT)).toThrow(
      `encodePng: expected ${WIDTH * HEIGHT * 4} bytes of RGBA, got 10`,
    );
  });
});
