/**
 * Whitespace before punctuation in a page's text, as a reader would meet it: "Stories) ." or
 * "Putin , Public remarks". The text is read from the HTML the way a browser lays it out in a
 * line: inline tags join the words on either side (so a space left before `</span>` or after
 * `<a>` counts), block boundaries separate them, and scripts, styles and comments are no text.
 */

/** Elements that start a new block (or an SVG text run), so text on either side never meets. */
const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul ' +
    'html head body title meta link svg text tspan desc'
  ).split(' '),
);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A boundary between blocks: no character of text, and not whitespace either. */
const BREAK = '\u0000';

/** The page's text, with `BREAK` where a block starts or ends. */
export function pageText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, BREAK)
    .replace(/<\/?([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g, (_, name: string) =>
      BLOCK.has(name.toLowerCase()) ? BREAK : '',
    );
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Each place where whitespace follows a word and precedes `.`, `,`, `;`, `:` or `)`, in context. */
export function spacesBeforePunctuation(html: string): string[] {
  const text = pageText(html);
  const found: string[] = [];
  for (const match of text.matchAll(/[^\s\u0000][\s\u00a0\u202f]+[.,;:)]/g)) {
    const start = Math.max(0, match.index - 30);
    found.push(
      text
        .slice(start, match.index + match[0].length)
        .replaceAll(BREAK, ' | ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return found;
}
