/**
 * An article file's bytes as text, or where they stop being UTF-8.
 *
 * Rules:
 * - Strict UTF-8, as the standard defines it: no overlong forms, no surrogates, nothing past
 *   U+10FFFF. A file saved as Latin-1 or Windows-1252 (`Café` as `Caf\xE9`) is refused rather than
 *   read with a replacement character where each accented letter was.
 * - The first bad byte is placed at its line and column (counted in characters), so an editor can
 *   find the word.
 */
import { isUtf8 } from 'node:buffer';

export type DecodedFile = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

/** A byte-order mark is kept: the checker reports it. One decoder for every file (each call is whole). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodedFile {
  if (isUtf8(bytes)) return { ok: true, text: UTF8.decode(bytes) };
  const bad = firstInvalidByte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  let line = 1;
  for (let index = 0; index < lineStart; index += 1) if (bytes[index] === 0x0a) line += 1;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad));
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    line,
    column: Array.from(before).length + 1,
    message: `the file is not UTF-8 text: byte 0x${hex} here is not UTF-8 (it may have been saved as Latin-1 or Windows-1252); save it as UTF-8`,
  };
}

/** The index of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const first = bytes[index]!;
    if (first < 0x80) {
      index += 1;
      continue;
    }
    // The length of the sequence and the range its second byte must be in (RFC 3629, table 3-7).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) length = 2;
    else if (first >= 0xe0 && first <= 0xef) {
      length = 3;
      if (first === 0xe0) low = 0xa0;
      if (first === 0xed) high = 0x9f;
    } else if (first >= 0xf0 && first <= 0xf4) {
      length = 4;
      if (first === 0xf0) low = 0x90;
      if (first === 0xf4) high = 0x8f;
    } else {
      return index;
    }
    for (let offset = 1; offset < length; offset += 1) {
      const next = bytes[index + offset];
      const [min, max] = offset === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return index;
    }
    index += length;
  }
  return bytes.length;
}
