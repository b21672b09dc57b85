/**
 * What would make parsing an article's body take time out of proportion to its size
 * (`findParserOverload`), checked before either parser sees it: by the checker (`readBody.ts`)
 * and by the page that compiles the body (`lib/articleBody.ts`), which needs nothing else of the
 * checker's reading.
 */
import { LIMITS } from './limits.ts';
import type { BodyPosition } from './readBody.ts';

/**
 * How deep the written text may seem to nest before it is not parsed at all: twice the limit on
 * the tree's depth, since a level of a list or quote can take two levels of the tree.
 */
const PARSE_NESTING = LIMITS.nesting * 2;

/**
 * What would make parsing the body take time out of proportion to its size, read from the text
 * in one pass: nesting (parsers spend time per level of depth on every line: quote markers,
 * indentation, open tags), and more tags or braces than `LIMITS.tags` and `LIMITS.braces` (Sätteri
 * parses each more slowly the more there are: 8,000 elements took 5 s). Loose on purpose, a bound
 * on the parser's work and no more: the tree's own depth is held to `LIMITS.nesting` once parsed.
 * Code (fenced blocks, inline spans) is not counted, so `Array<string>` in a code sample is no tag.
 */
export function findParserOverload(body: string): (BodyPosition & { message: string }) | undefined {
  const at = (line: number, message: string) => ({ line, column: 1, message });
  let openTags = 0;
  let tags = 0;
  let braces = 0;
  let fence: string | undefined;
  const lines = body.split('\n');
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    // Open tags, quote markers, list markers and indentation (two columns to a level) at the line's start.
    const markers = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t][ \t>]*)*/.exec(text)![0];
    const indentation = markers.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
    const quotesAndItems = markers.replace(/[ \t\d]/g, '').length;
    if (openTags + quotesAndItems + Math.floor(indentation / 2) > PARSE_NESTING) return at(line, tooDeepMessage());
    const prose = text.replace(/(`+)[^`]*?\1/g, '');
    for (const match of prose.matchAll(/<(\/?)([A-Za-z][\w.:-]*)?[^<>]*?(\/?)>|(?<!\\)\{/g)) {
      if (match[0] === '{') {
        braces += 1;
        if (braces > LIMITS.braces) {
          return at(
            line,
            `too many braces: more than ${LIMITS.braces.toLocaleString('en-GB')} { in the text, each of which starts code; write a literal brace as \\{`,
          );
        }
        continue;
      }
      if (match[1] !== '/') tags += 1;
      if (match[3] !== '/') openTags += match[1] === '/' ? -1 : 1;
      if (openTags > PARSE_NESTING) return at(line, tooDeepMessage());
      if (tags > LIMITS.tags) {
        return at(
          line,
          `too many elements: more than ${LIMITS.tags.toLocaleString('en-GB')} components and HTML elements in the text; split the article`,
        );
      }
    }
  }
  return undefined;
}

/** The message for nesting past the limit, in the text or in the parsed tree. */
export function tooDeepMessage(): string {
  return `too deep: lists, quotes and elements are nested more than ${LIMITS.nesting} levels here; flatten them`;
}
