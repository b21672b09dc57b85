/**
 * The checker's fixed limits: past them an article is reported "too deep" or "too long" at its
 * line, before anything that could take time or stack in proportion to it reads it. Each limit
 * is far above what a real article needs and far below what breaks the build. The limits a site
 * owner may raise (tags per article, sections, body size) are in `siteConfig.limits`.
 */
export const LIMITS = {
  /**
   * Levels of nesting in a body: lists in lists, quotes in quotes, elements in elements. A real
   * article nests a few levels; compiling and rendering fail somewhere past 500.
   */
  nesting: 64,
  /** Tags (components and HTML elements) in a body: a long article has a few hundred. */
  tags: 2_000,
  /** `{` in a body, escaped ones aside: each starts code, so only code samples hold many. */
  braces: 5_000,
  /** Characters in one frontmatter text field (a title, a label, a note). */
  fieldCharacters: 2_000,
  /** Characters in one formula. */
  formulaCharacters: 500,
  /** Parentheses and minus signs nested inside one another in a formula. */
  formulaNesting: 32,
  /** Bytes of frontmatter, between the two `---` lines. */
  frontmatterBytes: 200_000,
  /** Levels of nesting in the frontmatter's YAML (the deepest field, `charts[0].figures[0]`, is 4). */
  frontmatterNesting: 16,
  /** Warnings about numbers in the prose, per article; past it one more warning counts the rest. */
  proseNumberWarnings: 100,
} as const;
