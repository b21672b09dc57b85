/**
 * Splits an article file into its frontmatter (between the first two `---` lines) and its body,
 * keeping the offsets needed to map positions back into the file.
 *
 * Rules:
 * - The file must start with a `---` line; a byte-order mark before it is reported, then skipped.
 * - Line endings may be `\n` or `\r\n`.
 */
export interface SplitArticle {
  /** The YAML text between the fences. */
  yaml: string;
  /** 1-based line of the file where the YAML text starts. */
  yamlLine: number;
  /** The MDX text after the closing fence. */
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** A byte-order mark was found at the start of the file. */
  hasByteOrderMark: boolean;
}

export type SplitResult =
  { ok: true; article: SplitArticle } | { ok: false; hasByteOrderMark: boolean; line: number; message: string };

const BYTE_ORDER_MARK = '\uFEFF';
const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(source: string): SplitResult {
  const hasByteOrderMark = source.startsWith(BYTE_ORDER_MARK);
  const text = hasByteOrderMark ? source.slice(1) : source;
  if (text.trim() === '') {
    return {
      ok: false,
      hasByteOrderMark,
      line: 1,
      message:
        'the file is empty: an article starts with its frontmatter between two --- lines (npm run new writes one)',
    };
  }
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0]!)) {
    return {
      ok: false,
      hasByteOrderMark,
      line: 1,
      message: `expected the first line to be --- (the start of the frontmatter), found "${truncate(lines[0]!)}"`,
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return {
      ok: false,
      hasByteOrderMark,
      line: 1,
      message: 'the frontmatter opened on line 1 is never closed: add a --- line after the last field',
    };
  }
  return {
    ok: true,
    article: {
      yaml: lines.slice(1, closing).join('\n'),
      yamlLine: 2,
      body: lines.slice(closing + 1).join('\n'),
      bodyLine: closing + 2,
      hasByteOrderMark,
    },
  };
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
