/**
 * The part of opentype.js the social card uses (2.x ships no types; its ES module is imported by
 * path, since the package's main entry is CommonJS): a font's metrics, its glyphs' advances and
 * outlines.
 */
declare module 'opentype.js/dist/opentype.mjs' {
  export interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }

  export interface Path {
    getBoundingBox(): BoundingBox;
    toPathData(options?: { decimalPlaces?: number; flipY?: boolean; optimize?: boolean }): string;
  }

  export interface Glyph {
    index: number;
    advanceWidth?: number;
    getPath(x: number, y: number, fontSize: number): Path;
  }

  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    tables: { hhea: { lineGap: number } };
    charToGlyphIndex(character: string): number;
    glyphs: { get(index: number): Glyph };
  }

  export function parse(buffer: ArrayBuffer): Font;
}
