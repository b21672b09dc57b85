/**
 * A fast reading of a frontmatter block, for the common case: YAML that `yaml` (the checker's
 * reference parser) reads without a problem. `yaml` gives every node its position, which every
 * message needs, but takes about 1.6 ms an article; js-yaml reads the same text in an eighth of
 * that and, through its parse events, says where each field starts.
 *
 * Rules:
 * - Plain scalars resolve as `yaml` resolves them (the YAML 1.2 core schema, the same patterns in
 *   the same order), not as js-yaml's own core schema does (which reads `-.5` as text and `0b101`
 *   as a number).
 * - It declines (returns undefined) whenever it cannot be sure to agree with `yaml`: a syntax
 *   error or a key written twice (js-yaml stops there), tags, anchors and aliases, explicit `?`
 *   keys, a key that is not text or is a name JavaScript reserves, a frontmatter that is not a
 *   group of fields. The checker then reads the block with `yaml`, which words the message.
 * - `locate` answers only for fields that are written, with a value on the page; otherwise
 *   undefined, and the checker again asks `yaml`.
 * - `tests/check/readFrontmatterFast.test.ts` holds the data and every field's position to
 *   `yaml`'s, over the seed, the fixtures and a generated corpus.
 *
 * What it saves (issue 22 keeps it only above 10 % of `npm run check` at 1,000 articles), measured
 * 7 December 2026, 1,000 bench articles, no check cache, four interleaved pairs, load average
 * 4.2–4.8: CPU 6.6 / 9.1 / 9.7 / 8.4 s with it, 10.2 / 10.6 / 10.5 / 12.0 s with `yaml` alone
 * (8–35 % less, median 22 %); wall 3.9 / 7.5 / 9.4 / 8.2 s against 10.4 / 10.6 / 8.6 / 11.1 s.
 */
import { FAILSAFE_SCHEMA, load, Type, type State } from 'js-yaml';
import { RESERVED_NAMES } from './findKeyProblems.ts';
import type { FieldPath } from './locateField.ts';

/** Tags of the types below: private, so that a tag written in the text (`!!int 1`) shows. */
const IMPLICIT_TAGS = new Set<string | null>([null, '?']);

/** A plain scalar type resolved exactly as `yaml`'s core schema does. */
function coreType(name: string, pattern: RegExp, construct: (text: string) => unknown): Type {
  const tag = `tag:tally,2026:${name}`;
  IMPLICIT_TAGS.add(tag);
  return new Type(tag, {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && pattern.test(text),
    construct,
  });
}

/** `yaml`'s YAML 1.2 core schema (yaml/dist/schema/core), in its order. */
const IMPLICIT = [
  coreType('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
  coreType('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
  coreType('int-oct', /^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)),
  coreType('int', /^[-+]?[0-9]+$/, (text) => parseInt(text, 10)),
  coreType('int-hex', /^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)),
  coreType('float-nan', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
    text.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY,
  ),
  coreType('float-exp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)),
  coreType('float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)),
];
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: IMPLICIT });

/** An explicit key (`? name`), at the start of a line or of a list item. */
const EXPLICIT_KEY = /^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)/m;

/** A node as js-yaml's parse events show it. */
interface ParsedNode {
  /** Where js-yaml started reading it: a value's separating spaces included. */
  open: number;
  /** Where it stopped. */
  close: number;
  kind: string | null;
  value: unknown;
  /** A mapping's keys and values, alternating; a list's items. */
  children: ParsedNode[];
}

export interface FastFrontmatter {
  data: Record<string, unknown>;
  /** The offset of a written field's name (`key`) or scalar value (`value`), as `locateField` gives it. */
  locate: (path: FieldPath, at: 'key' | 'value') => number | undefined;
}

export function readFrontmatterFast(yaml: string): FastFrontmatter | undefined {
  if (EXPLICIT_KEY.test(yaml)) return undefined;
  const stack: ParsedNode[] = [{ open: 0, close: 0, kind: null, value: undefined, children: [] }];
  let declined = false;
  let anchors: object | undefined;
  let data: unknown;
  try {
    data = load(yaml, {
      schema: SCHEMA,
      listener(event: string, state: State) {
        if (event === 'open') {
          const node: ParsedNode = {
            open: state.position,
            close: state.position,
            kind: null,
            value: undefined,
            children: [],
          };
          stack.at(-1)!.children.push(node);
          stack.push(node);
          return;
        }
        const node = stack.pop()!;
        node.close = state.position;
        node.kind = state.kind;
        node.value = state.result;
        const { tag } = state as State & { tag: string | null };
        if (!IMPLICIT_TAGS.has(tag)) declined = true;
        anchors = (state as State & { anchorMap: object }).anchorMap;
      },
    });
  } catch {
    return undefined;
  }
  const root = stack[0]!.children[0];
  if (declined || !root || root.kind !== 'mapping') return undefined;
  if (anchors && Object.keys(anchors).length > 0) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (!wellFormed(root)) return undefined;
  return { data: data as Record<string, unknown>, locate: (path, at) => locate(yaml, root, path, at) };
}

/**
 * Every mapping's keys are text, not reserved (`findKeyProblems` reports those, so `yaml` must
 * read the block), and each has its value among the events (a flow entry written without a
 * value, `{a, b}`, has none); every list has one event per item.
 */
function wellFormed(node: ParsedNode): boolean {
  if (node.kind === 'mapping') {
    const keys = Object.keys(node.value as object);
    if (node.children.length !== keys.length * 2) return false;
    for (let index = 0; index < node.children.length; index += 2) {
      const key = node.children[index]!;
      if (key.kind !== 'scalar' || typeof key.value !== 'string' || RESERVED_NAMES.has(key.value)) return false;
    }
  } else if (node.kind === 'sequence') {
    if (node.children.length !== (node.value as unknown[]).length) return false;
  }
  return node.children.every(wellFormed);
}

function locate(yaml: string, root: ParsedNode, path: FieldPath, at: 'key' | 'value'): number | undefined {
  let node = root;
  let keyStart: number | undefined;
  for (const segment of path) {
    if (node.kind === 'mapping') {
      const index = node.children.findIndex((child, position) => position % 2 === 0 && child.value === String(segment));
      const value = node.children[index + 1];
      if (index === -1 || !value) return undefined;
      keyStart = valueStart(yaml, node.children[index]!);
      if (keyStart === undefined) return undefined;
      node = value;
    } else if (node.kind === 'sequence' && typeof segment === 'number') {
      const item = node.children[segment];
      if (!item) return undefined;
      keyStart = valueStart(yaml, item);
      if (keyStart === undefined) return undefined;
      node = item;
    } else {
      return undefined;
    }
  }
  if (keyStart === undefined) return undefined;
  if (at === 'key' || node.kind === 'mapping' || node.kind === 'sequence') return keyStart;
  return valueStart(yaml, node);
}

/** The first character of a node's text: after the spaces, line breaks and comments before it. */
function valueStart(yaml: string, node: ParsedNode): number | undefined {
  let offset = node.open;
  while (offset < node.close) {
    const char = yaml[offset];
    if (char === '#') {
      const end = yaml.indexOf('\n', offset);
      offset = end === -1 ? yaml.length : end;
    } else if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      offset += 1;
    } else {
      return offset;
    }
  }
  // Nothing written (an empty value): `yaml` places it elsewhere, so let it say where.
  return undefined;
}
