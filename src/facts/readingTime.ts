/**
 * How long an article takes to read, from its MDX body.
 *
 * Rules:
 * - Words are runs of letters or digits in the prose; markup and component tags are not read,
 *   but an inline `<Fig />` is a number in the text, so it counts as one word.
 * - 230 words a minute, rounded up, and never less than one minute.
 */
export const WORDS_PER_MINUTE = 230;

export interface ReadingTime {
  words: number;
  minutes: number;
  /** "5 min read". */
  display: string;
}

export function readingTime(body: string): ReadingTime {
  const prose = body
    .replace(/<Fig\b[^>]*\/>/g, ' 0 ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  const minutes = Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
  return { words, minutes, display: `${minutes} min read` };
}
