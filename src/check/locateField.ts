/**
 * Finds where a frontmatter field is written, so a problem found in the parsed data can be shown
 * at its real line and column.
 *
 * Rules:
 * - `at: 'value'` points at the value (a wrong number); `at: 'key'` at the field's name
 *   (an unknown field, a bad id).
 * - A path that does not exist (a missing field) falls back to the key of its nearest existing
 *   parent; a missing top-level field points at the start of the frontmatter.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

export type FieldPath = readonly (string | number)[];

/** The offset of a field inside the YAML text, and the scalar node when it is one. */
export interface FieldLocation {
  offset: number;
  /** Present when the location is a scalar value: lets callers point inside a formula. */
  scalar?: Node;
}

export function locateField(document: Document, path: FieldPath, at: 'key' | 'value'): FieldLocation {
  let node: unknown = document.contents;
  let nearest: FieldLocation = { offset: 0 };
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return nearest;
      const keyOffset = rangeStart(pair.key) ?? nearest.offset;
      nearest = { offset: keyOffset };
      if (last && at === 'key') return nearest;
      node = pair.value;
      if (last) return valueLocation(pair, nearest);
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (item === undefined) return nearest;
      const start = rangeStart(item);
      if (start !== undefined) nearest = { offset: start };
      node = item;
      if (last) return isScalar(item) ? { offset: nearest.offset, scalar: item } : nearest;
    } else {
      return nearest;
    }
  }
  return nearest;
}

function valueLocation(pair: Pair, keyLocation: FieldLocation): FieldLocation {
  const start = rangeStart(pair.value);
  if (start === undefined) return keyLocation;
  return isScalar(pair.value) ? { offset: start, scalar: pair.value } : keyLocation;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    return node.range[0] as number;
  }
  return undefined;
}

/** A string field's offset for the character at `index` of its value (e.g. inside a formula). */
export function offsetInside(location: FieldLocation, index: number): number {
  const scalar = location.scalar;
  if (!isScalar(scalar)) return location.offset;
  switch (scalar.type) {
    case 'PLAIN':
      return location.offset + index;
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return location.offset + 1 + index;
    default:
      // Block scalars fold lines; the start of the value is as precise as we can honestly be.
      return location.offset;
  }
}
