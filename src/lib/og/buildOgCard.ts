/**
 * What an article's social card shows, and the layout satori draws it from.
 *
 * Rules:
 * - The card shows the site name, the section, the title and the headline fact: the first
 *   computed fact's equation ("100 × 210 = 21,000"), taken from the resolved article as is.
 * - Every string is a text node: satori never parses markup, so a title such as
 *   `</script><img onerror>` is drawn as those characters.
 * - The title's size steps down with its length so three lines always fit.
 */
import type { ResolvedArticle } from '../../facts/resolveArticle.ts';

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

/** A node of satori's element tree (the shape React elements have, without React). */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (OgNode | string)[] | string };
}

const INK = '#1b1a17';
const MUTED = '#5a5750';
const ACCENT = '#9b2c1f';
const PAPER = '#fdfcf9';
const PANEL = '#f3f0e8';
const TITLE_LIMIT = 140;

function box(style: OgNode['props']['style'], children: OgNode['props']['children']): OgNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 56;
  return 46;
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

export function buildOgCard(input: OgCardInput): OgNode {
  const title = shorten(input.title, TITLE_LIMIT);
  return box(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px',
      backgroundColor: PAPER,
      borderLeft: `24px solid ${ACCENT}`,
      fontFamily: 'Inter',
      color: INK,
    },
    [
      box({ flexDirection: 'column' }, [
        box({ fontSize: 30, fontWeight: 700, letterSpacing: -0.5 }, input.site),
        box(
          { marginTop: 28, fontSize: 22, fontWeight: 700, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2 },
          input.section,
        ),
        box({ marginTop: 12, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.12 }, title),
      ]),
      ...(input.fact
        ? [
            box({ flexDirection: 'column', padding: '20px 28px', backgroundColor: PANEL, borderRadius: 12 }, [
              box(
                { fontSize: 22, color: MUTED, textTransform: 'uppercase', letterSpacing: 1 },
                shorten(input.fact.title, 70),
              ),
              box({ marginTop: 6, fontSize: 52, fontWeight: 700 }, shorten(input.fact.equation, 44)),
            ]),
          ]
        : []),
    ],
  );
}
