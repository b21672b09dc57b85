/**
 * Strict well-formedness for the build's XML and JSON, as a feed reader or a strict parser sees it.
 *
 * fast-xml-parser's validator checks tags, attributes and entities but lets through characters XML
 * forbids (a NUL, a vertical tab, an ESC, U+FFFF, half a surrogate pair, and the same written as
 * `&#x1B;`), any of which makes a feed unreadable in a strict reader. So its verdict is joined with
 * XML 1.0's `Char` production, checked on the text and on every character reference.
 */
import { isDeepStrictEqual } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';

/** XML 1.0 `Char`: tab, line feed, carriage return, and the rest but surrogates, U+FFFE and U+FFFF. */
function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** Why `text` is not well-formed XML, one line each (empty when it is). */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) problems.push(`line ${verdict.err.line}: ${verdict.err.msg}`);
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    if (!isXmlCharacter(codePoint)) {
      problems.push(
        `line ${lineOf(text, index)}: U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} is not an XML character`,
      );
    }
    index += codePoint > 0xffff ? 2 : 1;
  }
  for (const match of text.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const written = match[1]!;
    const codePoint = written[0]!.toLowerCase() === 'x' ? parseInt(written.slice(1), 16) : Number(written);
    if (!isXmlCharacter(codePoint)) {
      problems.push(`line ${lineOf(text, match.index)}: ${match[0]} refers to a character XML does not allow`);
    }
  }
  return problems;
}

/**
 * Why `text` is not JSON that survives a round trip, one line each: it must parse, come back the
 * same from `JSON.stringify` and `JSON.parse`, and hold no string with half a surrogate pair.
 */
export function jsonProblems(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) problems.push('changes in a round trip');
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string' && !item.isWellFormed())
      problems.push(`${JSON.stringify(item)} holds half a surrogate pair`);
    else if (item && typeof item === 'object') stack.push(...Object.values(item));
  }
  return problems;
}
