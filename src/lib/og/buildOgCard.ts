/**
 * What an article's social card shows, and where each shape and glyph goes.
 *
 * Rules:
 * - The card shows the site name, the section, the title and the headline fact: the first
 *   computed fact's equation ("100 × 210 = 21,000"), taken from the resolved article as is.
 * - Every string is laid out character by character from the fonts: nothing is parsed as markup,
 *   so a title such as `</script><img onerror>` is drawn as those characters.
 * - Text wraps between words, and inside a word only when the word alone is wider than the line.
 *   Each text has a line limit; text past it ends in "…".
 * - The title's size steps down with its length (68, 56 or 46 px), and further while it does not fit
 *   between the section and the fact panel; at the smallest, it keeps the lines that fit.
 * - The geometry is a flex column's: 56 px above and below, 72 px beside, a 24 px accent bar on
 *   the left; name, section and title at the top, the fact panel at the bottom.
 */
import type { ResolvedArticle } from '../../facts/resolveArticle.ts';
import type { Glyph } from 'opentype.js/dist/opentype.mjs';
import { glyphFor, type CardFonts, type CardWeight } from './cardFonts.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Everything the card depends on; its hash is the card's cache key. */
export interface OgCardInput {
  site: string;
  section: string;
  title: string;
  /** The headline fact's title and equation, when the article computes anything. */
  fact?: { title: string; equation: string };
}

export function buildOgCardInput(article: ResolvedArticle, site: string): OgCardInput {
  const headline = article.facts[0];
  return {
    site,
    section: article.section,
    title: article.title,
    ...(headline && { fact: { title: headline.title, equation: headline.equation } }),
  };
}

/** An sRGB colour, 0–255 a channel. */
export type Rgb = readonly [number, number, number];

export const CARD_COLOURS = {
  ink: [0x1b, 0x1a, 0x17],
  muted: [0x5a, 0x57, 0x50],
  accent: [0x9b, 0x2c, 0x1f],
  paper: [0xfd, 0xfc, 0xf9],
  panel: [0xf3, 0xf0, 0xe8],
} as const satisfies Record<string, Rgb>;

export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  colour: Rgb;
}

/** A glyph at its pen position: `x` may be fractional, `baseline` is a whole pixel row. */
export interface PlacedGlyph {
  face: number;
  glyph: Glyph;
  size: number;
  x: number;
  baseline: number;
  colour: Rgb;
}

/** Which of the card's texts a line belongs to. */
export type CardText = 'site' | 'section' | 'title' | 'factTitle' | 'equation';

/** A laid-out line, as text: what tests and readers of the layout check. */
export interface CardLine {
  of: CardText;
  text: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
}

export interface CardLayout {
  background: Rgb;
  /** Drawn in order, over the background. */
  rects: CardRect[];
  /** Drawn over the rects; no two overlap. */
  glyphs: PlacedGlyph[];
  lines: CardLine[];
}

interface TextStyle {
  of: CardText;
  size: number;
  weight: CardWeight;
  colour: Rgb;
  /** Extra advance after each character, in px. */
  letterSpacing: number;
  /** Line height as a multiple of the size; undefined: the font's own ("normal"). */
  lineHeight?: number;
  uppercase?: boolean;
}

const ACCENT_BAR = 24;
const PADDING_X = 72;
const PADDING_Y = 56;
const CONTENT_X = ACCENT_BAR + PADDING_X;
const CONTENT_WIDTH = OG_WIDTH - CONTENT_X - PADDING_X;
const PANEL_PADDING = { x: 28, y: 20 };
const ELLIPSIS = '…';
const TITLE_SIZES = [68, 56, 46];
/** The title size for its length: longer titles start smaller. */
const TITLE_START = [
  { upTo: 50, size: 68 },
  { upTo: 90, size: 56 },
] as const;
/** The least space between the title and the fact panel. */
const TITLE_GAP = 24;

/** Measures and places text in one style. */
class TextSetter {
  private readonly fonts: CardFonts;
  private readonly style: TextStyle;

  constructor(fonts: CardFonts, style: TextStyle) {
    this.fonts = fonts;
    this.style = style;
  }

  /** The font's ascent, descent and line gap at this size: CSS's "normal" line height. */
  private get metrics() {
    const font = this.fonts.faces[this.style.weight][0]!.font;
    const scale = this.style.size / font.unitsPerEm;
    return {
      ascent: font.ascender * scale,
      descent: -font.descender * scale,
      normal: (font.ascender - font.descender + font.tables.hhea.lineGap) * scale,
    };
  }

  get lineHeight(): number {
    return this.style.lineHeight === undefined ? this.metrics.normal : this.style.lineHeight * this.style.size;
  }

  private advance(character: string): number {
    const found = glyphFor(this.fonts, this.style.weight, character);
    const units = found ? (found.glyph.advanceWidth ?? 0) / found.face.font.unitsPerEm : 0;
    return units * this.style.size + this.style.letterSpacing;
  }

  width(text: string): number {
    let width = 0;
    for (const character of text) width += this.advance(character);
    return width;
  }

  /** `text` broken into lines no wider than `maxWidth`, at most `maxLines` of them. */
  wrap(raw: string, maxWidth: number, maxLines = Infinity): string[] {
    const text = (this.style.uppercase ? raw.toUpperCase() : raw).replace(/\s+/g, ' ').trim();
    const lines: string[] = [];
    let line = '';
    const fits = (candidate: string) => this.width(candidate) <= maxWidth;
    for (const word of text.split(' ')) {
      const joined = line === '' ? word : `${line} ${word}`;
      if (fits(joined)) {
        line = joined;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      // A word wider than the line on its own is broken between characters.
      for (const character of word) {
        if (line !== '' && !fits(line + character)) {
          lines.push(line);
          line = '';
        }
        line += character;
      }
    }
    if (line !== '') lines.push(line);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, Math.max(1, maxLines));
    let last = kept.at(-1)!;
    while (last !== '' && !fits(`${last}${ELLIPSIS}`)) last = [...last].slice(0, -1).join('');
    kept[kept.length - 1] = `${last.trimEnd()}${ELLIPSIS}`;
    return kept;
  }

  /** Places `lines` from `top`, left-aligned at `x`; returns the height they take. */
  place(lines: readonly string[], x: number, top: number, layout: CardLayout): number {
    const { ascent, descent } = this.metrics;
    const { size, weight, colour } = this.style;
    const lineHeight = this.lineHeight;
    lines.forEach((text, row) => {
      // CSS centres the glyphs' ascent + descent in the line box (half-leading above and below).
      const baseline = Math.round(top + row * lineHeight + (lineHeight - ascent - descent) / 2 + ascent);
      let pen = x;
      for (const character of text) {
        const found = glyphFor(this.fonts, weight, character);
        if (found && character !== ' ')
          layout.glyphs.push({ face: found.face.id, glyph: found.glyph, size, x: pen, baseline, colour });
        pen += this.advance(character);
      }
      layout.lines.push({ of: this.style.of, text, x, baseline, width: pen - x, size });
    });
    return lines.length * lineHeight;
  }
}

function titleSetter(fonts: CardFonts, size: number): TextSetter {
  return new TextSetter(fonts, {
    of: 'title',
    size,
    weight: 700,
    colour: CARD_COLOURS.ink,
    letterSpacing: 0,
    lineHeight: 1.12,
  });
}

/** The title at the largest size, from the one its length starts at, whose lines fit in `height`. */
function fitTitle(fonts: CardFonts, title: string, height: number): { setter: TextSetter; lines: string[] } {
  const start = TITLE_START.find(({ upTo }) => title.length <= upTo)?.size ?? TITLE_SIZES.at(-1)!;
  const sizes = TITLE_SIZES.filter((size) => size <= start);
  for (const size of sizes) {
    const setter = titleSetter(fonts, size);
    const lines = setter.wrap(title, CONTENT_WIDTH);
    if (lines.length * setter.lineHeight <= height) return { setter, lines };
  }
  const setter = titleSetter(fonts, sizes.at(-1)!);
  return { setter, lines: setter.wrap(title, CONTENT_WIDTH, Math.floor(height / setter.lineHeight)) };
}

export function layoutOgCard(input: OgCardInput, fonts: CardFonts): CardLayout {
  const { ink, muted, accent, paper, panel } = CARD_COLOURS;
  const layout: CardLayout = {
    background: paper,
    rects: [{ x: 0, y: 0, width: ACCENT_BAR, height: OG_HEIGHT, radius: 0, colour: accent }],
    glyphs: [],
    lines: [],
  };

  let panelTop = OG_HEIGHT - PADDING_Y;
  if (input.fact) {
    const innerWidth = CONTENT_WIDTH - 2 * PANEL_PADDING.x;
    const label = new TextSetter(fonts, {
      of: 'factTitle',
      size: 22,
      weight: 400,
      colour: muted,
      letterSpacing: 1,
      uppercase: true,
    });
    const equation = new TextSetter(fonts, { of: 'equation', size: 52, weight: 700, colour: ink, letterSpacing: 0 });
    const labelLines = label.wrap(input.fact.title, innerWidth, 1);
    const equationLines = equation.wrap(input.fact.equation, innerWidth, 2);
    const height = Math.round(
      2 * PANEL_PADDING.y + labelLines.length * label.lineHeight + 6 + equationLines.length * equation.lineHeight,
    );
    panelTop = OG_HEIGHT - PADDING_Y - height;
    layout.rects.push({ x: CONTENT_X, y: panelTop, width: CONTENT_WIDTH, height, radius: 12, colour: panel });
    const textX = CONTENT_X + PANEL_PADDING.x;
    const labelHeight = label.place(labelLines, textX, panelTop + PANEL_PADDING.y, layout);
    equation.place(equationLines, textX, panelTop + PANEL_PADDING.y + labelHeight + 6, layout);
  }

  const site = new TextSetter(fonts, { of: 'site', size: 30, weight: 700, colour: ink, letterSpacing: -0.5 });
  const section = new TextSetter(fonts, {
    of: 'section',
    size: 22,
    weight: 700,
    colour: accent,
    letterSpacing: 2,
    uppercase: true,
  });
  let y = PADDING_Y;
  y += site.place(site.wrap(input.site, CONTENT_WIDTH, 1), CONTENT_X, y, layout) + 28;
  y += section.place(section.wrap(input.section, CONTENT_WIDTH, 1), CONTENT_X, y, layout) + 12;
  const title = fitTitle(fonts, input.title, panelTop - TITLE_GAP - y);
  title.setter.place(title.lines, CONTENT_X, y, layout);
  return layout;
}
