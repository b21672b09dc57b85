/**
 * Characters that are not text: an article's fields and body are refused when they hold one,
 * with the character named by its code point (U+202E), because none of them shows as what it is.
 *
 * Rules:
 * - C0 and C1 control characters and DEL: a NUL, a vertical tab pasted from Word or an escape
 *   sequence make the feed and the sitemap not well-formed XML, and can drive a terminal. The
 *   body may hold tabs and line breaks (`\n`, `\r\n`); a field may hold line breaks (YAML's
 *   `|` and `>` blocks make them), not tabs.
 * - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they show
 *   text in another order than it is written ("evil" shown as "live"). The marks U+200E, U+200F
 *   and U+061C, which right-to-left writing needs and which reorder nothing, are allowed.
 * - Invisible characters: U+200B, U+2060, U+FEFF (a byte-order mark inside the text), U+180E and
 *   U+2061–U+2064. The joiners U+200C and U+200D are allowed only between two letters or symbols
 *   that are not ASCII: where emoji sequences and scripts such as Persian and Devanagari need
 *   them. Beside a Latin letter, a space or an edge they only hide inside words.
 * - Lone surrogates (half of a character, made by a YAML escape such as "\uD800") and the
 *   non-characters U+FFFE and U+FFFF, which XML refuses.
 */
export interface ForbiddenCharacter {
  /** Offset (UTF-16) of the character in the text searched. */
  index: number;
  /** `U+202E (RIGHT-TO-LEFT OVERRIDE) …: delete it`. */
  message: string;
}

// The joiners are matched here and let through below when their neighbours allow them.
const FORBIDDEN =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060-\u2064\u180E\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0b: 'VERTICAL TAB',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE, a byte-order mark',
};

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`: a code point as editors can look it up. */
export function describeCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[codePoint];
  return name ? `U+${hex} (${name})` : `U+${hex}`;
}

function problemWith(codePoint: number): string {
  const character = describeCodePoint(codePoint);
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
    return `${character} is half of a character (a lone surrogate): delete it, or write the whole character`;
  }
  if (codePoint === 0xfffe || codePoint === 0xffff) return `${character} is not a character: delete it`;
  if ((codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
    return `${character} shows text in another order than it is written, so readers would not see what the article says: delete it`;
  }
  if (codePoint === 0x0b || codePoint === 0x0c) {
    return `${character} is a control character, not text: delete it (word processors paste it for a line or page break)`;
  }
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
    return `${character} is a control character, not text: delete it`;
  }
  return `${character} is invisible: delete it (it hides inside words, where search and readers cannot see it)`;
}

const LETTER_OR_SYMBOL_BEYOND_ASCII = /[^\p{ASCII}\s\p{P}]/u;

/** A joiner between two letters or symbols that are not ASCII, as emoji and some scripts need. */
function isNeededJoiner(text: string, index: number): boolean {
  const before = text.codePointAt(index - 1 - (isLowSurrogateAt(text, index - 1) ? 1 : 0));
  const after = text.codePointAt(index + 1);
  return (
    before !== undefined &&
    after !== undefined &&
    LETTER_OR_SYMBOL_BEYOND_ASCII.test(String.fromCodePoint(before)) &&
    // A joiner may also come before a variation selector or another joiner in an emoji sequence.
    (LETTER_OR_SYMBOL_BEYOND_ASCII.test(String.fromCodePoint(after)) || after === 0x200d)
  );
}

function isLowSurrogateAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff && index > 0 && /[\uD800-\uDBFF]/.test(text[index - 1]!);
}

/**
 * The characters of `text` that are not text, in order. `where: 'body'` allows tabs and line
 * breaks, `where: 'field'` line breaks only.
 */
export function findForbiddenCharacters(text: string, where: 'body' | 'field'): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    const codePoint = match[0].codePointAt(0)!;
    if (codePoint === 0x09 && where === 'body') continue;
    if (codePoint === 0x0d && where === 'body' && text[match.index + 1] === '\n') continue;
    if ((codePoint === 0x200c || codePoint === 0x200d) && isNeededJoiner(text, match.index)) continue;
    found.push({ index: match.index, message: problemWith(codePoint) });
  }
  return found;
}
