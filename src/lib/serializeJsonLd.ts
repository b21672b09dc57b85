/**
 * JSON for a `<script type="application/ld+json">` block.
 *
 * Rules:
 * - `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so no value (a title with
 *   `</script>` or `<!--`) can end the block or open markup; JSON readers decode them back.
 * - U+2028 and U+2029 are escaped too, for any consumer that evaluates the text as JavaScript.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
