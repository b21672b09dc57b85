/**
 * Where an MDX body places figures, fact boxes and charts, read from its source text so a page knows,
 * before it renders, how many times each figure is cited and which facts already have a box.
 */
export interface MdxMentions {
  /** How many `<Fig id="…" />` each figure id has, in the body. */
  figures: Map<string, number>;
  /** Fact ids the body places with `<FactBox id="…" />`. */
  factBoxes: Set<string>;
  /** Chart ids the body places with `<Chart id="…" />`. */
  charts: Set<string>;
}

const TAG = /<(Fig|FactBox|Chart)\s[^>]*?\bid=["']([^"']+)["'][^>]*>/g;

export function mdxMentions(body: string): MdxMentions {
  const figures = new Map<string, number>();
  const factBoxes = new Set<string>();
  const charts = new Set<string>();
  for (const [, component, id] of body.matchAll(TAG)) {
    if (component === 'Fig') figures.set(id!, (figures.get(id!) ?? 0) + 1);
    else if (component === 'FactBox') factBoxes.add(id!);
    else charts.add(id!);
  }
  return { figures, factBoxes, charts };
}

/** The element id of the nth (1-based) mention of a figure in the text. */
export function figureMentionId(figureId: string, nth: number): string {
  return `fig-${figureId}-${nth}`;
}
