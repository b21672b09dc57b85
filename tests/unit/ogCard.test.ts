/**
 * The social card's layout and painting. The painted card is checked against resvg drawing the
 * same layout as SVG (rectangles and the glyphs' outlines at the same positions), so the glyph
 * atlas, the blending and the rounded corners are measured against an independent renderer.
 */
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CARD_COLOURS,
  OG_HEIGHT,
  OG_WIDTH,
  layoutOgCard,
  type CardLayout,
  type CardText,
  type OgCardInput,
  type Rgb,
} from '../../src/lib/og/buildOgCard.ts';
import { cardFonts, type CardFonts } from '../../src/lib/og/cardFonts.ts';
import { composeOgCard } from '../../src/lib/og/composeOgCard.ts';
import { drawOgImage } from '../../src/lib/og/renderOgImage.ts';

const SEED: OgCardInput = {
  site: 'Tally',
  section: 'Security',
  title: 'New Wave of Mobilization and Conscripting Prisoners in Russia',
  fact: { title: 'Facility quota', equation: '100 × 210 = 21,000' },
};
const LONG: OgCardInput = {
  site: 'Tally',
  section: 'Économie et société',
  title:
    'Ещё одна волна: a very long title that goes on and on about the mobilization of prisoners across every region of the federation, 2024–2026',
  fact: {
    title: 'A fact title far too long to fit on the one line the card gives it at this size',
    equation: '1,234,567 + 2,345,678 + 3,456,789 = 7,037,034 people in total, counted twice over',
  },
};
const HOSTILE: OgCardInput = { site: 'Tally', section: '"><script>', title: '</script><img src=x onerror=alert(1)>' };

let fonts: CardFonts;

beforeAll(async () => {
  fonts = await cardFonts();
});

/** The lines of one of the card's texts, in order. */
function linesOf(layout: CardLayout, of: CardText): string[] {
  return layout.lines.filter((line) => line.of === of).map((line) => line.text);
}

/** Text as characters only: where lines break, a space may go or come. */
const characters = (text: string) => text.replace(/\s/g, '');

const hex = ([red, green, blue]: Rgb) => `rgb(${red},${green},${blue})`;

/** The same layout as an SVG for resvg: each glyph's outline at the position the atlas puts it. */
function layoutAsSvg(layout: CardLayout): string {
  const rects = layout.rects.map(
    (rect) =>
      `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" rx="${rect.radius}" fill="${hex(rect.colour)}"/>`,
  );
  const glyphs = layout.glyphs.map((placed) => {
    const x = Math.round(placed.x * 4) / 4;
    const d = placed.glyph.getPath(x, placed.baseline, placed.size).toPathData({ decimalPlaces: 3, flipY: false });
    return `<path d="${d}" fill="${hex(placed.colour)}"/>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}">` +
    `<rect width="100%" height="100%" fill="${hex(layout.background)}"/>${rects.join('')}${glyphs.join('')}</svg>`
  );
}

describe('layoutOgCard', () => {
  it('sets the site, the section in capitals, the title and the fact, in that order down the card', () => {
    const layout = layoutOgCard(SEED, fonts);
    expect(layout.lines.map((line) => line.text)).toEqual([
      'FACILITY QUOTA',
      '100 × 210 = 21,000',
      'Tally',
      'SECURITY',
      'New Wave of Mobilization and',
      'Conscripting Prisoners in Russia',
    ]);
    const baselines = ['Tally', 'SECURITY', 'New Wave of Mobilization and', 'FACILITY QUOTA'].map(
      (text) => layout.lines.find((line) => line.text === text)!.baseline,
    );
    expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
  });

  it('places one glyph per character it can draw, so markup in a title is drawn as characters', () => {
    const layout = layoutOgCard(HOSTILE, fonts);
    expect(characters(linesOf(layout, 'title').join(''))).toBe(characters(HOSTILE.title));
    const drawable = [HOSTILE.site, HOSTILE.section, HOSTILE.title].join('').replace(/\s/g, '').length;
    expect(layout.glyphs).toHaveLength(drawable);
  });

  it('skips a character no card font has, and keeps the space it would have taken at zero', () => {
    const layout = layoutOgCard({ ...HOSTILE, title: 'A中B' }, fonts);
    expect(linesOf(layout, 'title')).toEqual(['A中B']);
    const [a, b] = layout.glyphs.filter((glyph) => glyph.size === 68);
    expect(layout.glyphs.filter((glyph) => glyph.size === 68)).toHaveLength(2);
    expect(b!.x - a!.x).toBeCloseTo((a!.glyph.advanceWidth! / 2048) * 68, 5);
  });

  it('keeps every line inside the padding and the title clear of the fact panel', () => {
    for (const input of [SEED, LONG, HOSTILE]) {
      const layout = layoutOgCard(input, fonts);
      for (const line of layout.lines) {
        expect(line.x, line.text).toBeGreaterThanOrEqual(96);
        expect(line.x + line.width, line.text).toBeLessThanOrEqual(OG_WIDTH - 72 + 2); // + the last letter's spacing
      }
      const panel = layout.rects.find((rect) => rect.colour === CARD_COLOURS.panel);
      if (!panel) continue;
      const title = layout.lines.filter((line) => line.of === 'title');
      expect(Math.max(...title.map((line) => line.baseline))).toBeLessThan(panel.y);
      expect(panel.y + panel.height).toBe(OG_HEIGHT - 56);
    }
  });

  it('sets a long title smaller and ends what does not fit with an ellipsis', () => {
    const layout = layoutOgCard(LONG, fonts);
    const title = layout.lines.filter((line) => line.of === 'title');
    expect(new Set(title.map((line) => line.size))).toEqual(new Set([46]));
    expect(title.length).toBeGreaterThanOrEqual(2);
    expect(title.at(-1)!.text).toMatch(/…$/);
    expect(
      LONG.title.startsWith(
        title
          .map((line) => line.text)
          .join(' ')
          .replace(/…$/, ''),
      ),
    ).toBe(true);
    expect(linesOf(layout, 'factTitle')).toEqual([expect.stringMatching(/…$/)]); // one line
    expect(linesOf(layout, 'equation')).toHaveLength(2); // two lines at most
    expect(linesOf(layout, 'equation')[1]).toMatch(/…$/);
  });
});

describe('composeOgCard', () => {
  it.each([
    ['the seed', SEED],
    ['a long card', LONG],
    ['a hostile card', HOSTILE],
  ])('paints %s as resvg draws the same shapes and glyphs', (_, input) => {
    const layout = layoutOgCard(input, fonts);
    const painted = composeOgCard(layout, OG_WIDTH, OG_HEIGHT);
    const reference = new Resvg(layoutAsSvg(layout), {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
    }).render().pixels;
    expect(painted).toHaveLength(reference.length);
    let total = 0;
    let far = 0;
    let ink = 0;
    for (let index = 0; index < painted.length; index += 4) {
      for (let channel = 0; channel < 3; channel += 1) {
        const difference = Math.abs(painted[index + channel]! - reference[index + channel]!);
        total += difference;
        // Coverage is kept in 32 steps (≤ 4 of 255 on the strongest contrast) and corners are
        // sampled 4 × 4: anything further is a misplaced or mis-coloured pixel.
        if (difference > 12) far += 1;
      }
      if (painted[index]! < 0x80) ink += 1;
    }
    expect(ink, 'dark text pixels').toBeGreaterThan(5_000);
    expect(total / (OG_WIDTH * OG_HEIGHT * 3), 'mean difference per channel').toBeLessThan(0.2);
    expect(far, 'channels more than 12 apart').toBeLessThan(50);
  });
});

describe('drawOgImage', () => {
  it('draws each card on a clean canvas: a card drawn after others has the same bytes as drawn first', async () => {
    const first = await drawOgImage(SEED);
    await drawOgImage(LONG);
    await drawOgImage(HOSTILE);
    expect(Buffer.from(await drawOgImage(SEED)).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await drawOgImage(LONG)).equals(Buffer.from(first))).toBe(false);
  });

  it('paints over a canvas it is handed, whatever was on it', () => {
    const layout = layoutOgCard(SEED, fonts);
    const fresh = composeOgCard(layout, OG_WIDTH, OG_HEIGHT);
    const used = composeOgCard(layoutOgCard(LONG, fonts), OG_WIDTH, OG_HEIGHT);
    const reused = composeOgCard(layout, OG_WIDTH, OG_HEIGHT, used);
    expect(reused).toBe(used);
    expect(Buffer.from(reused).equals(Buffer.from(fresh))).toBe(true);
  });
});
