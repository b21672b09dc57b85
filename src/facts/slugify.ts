/**
 * The URL segment for a section or tag name.
 *
 * Rules:
 * - Lower case; accents dropped ("Démarche" → "demarche").
 * - Every run of other characters becomes one hyphen, with none at either end.
 * - A name with no letters or digits has no slug: that is an editor's mistake, so it throws.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new RangeError(`"${name}" has no letters or digits to make a URL from`);
  return slug;
}
