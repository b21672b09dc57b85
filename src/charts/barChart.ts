/**
 * Geometry for a horizontal bar chart, drawn by `Chart.astro` as SVG with no client script.
 *
 * Rules:
 * - Bars start at a zero line and are to scale: the widest span of values fills the width.
 *   Negative values go left of the zero line (diverging bars); a range is drawn as a span
 *   from its low to its high end.
 * - Horizontal positions are percentages of the chart's width, so the SVG stretches to its
 *   column while its text keeps the page's type size; vertical positions are pixels, so the
 *   height is known before the page paints (no layout shift).
 * - Each row has its label above the bar, wrapped to fit a phone; the value sits inside a long
 *   bar and just after a short one.
 * - Every bar must count the same unit.
 */
import type { ResolvedChart } from '../facts/resolveArticle.ts';

export interface BarInput {
  id: string;
  label: string;
  value: number;
  /** The value as the article shows it ("an estimated 350,000"); never formatted here. */
  display: string;
  unit?: string;
  /** `[low, high]` when the value is a range. */
  range?: [number, number];
  /** True for a number Tally computed rather than one the article states. */
  computed: boolean;
}

export interface BarRow extends BarInput {
  /** The label, broken into lines that fit a phone-width chart, each with its baseline in px. */
  labelLines: { text: string; y: number }[];
  /** Top of the bar, in px. */
  barY: number;
  /** Where the bar starts, as a percentage of the chart's width. */
  xPercent: number;
  /** The bar's length, as a percentage of the chart's width. */
  widthPercent: number;
  /** Where the value is written, as a percentage of the width, and which way it runs from there. */
  valuePercent: number;
  valueAnchor: 'start' | 'end';
  /** Whether the value is written inside the bar (true) or just after its end. */
  valueInside: boolean;
  /** Vertical centre of the bar, where the value text sits, in px. */
  valueY: number;
}

export interface BarChartLayout {
  rows: BarRow[];
  /** Total height, in px. */
  height: number;
  barHeight: number;
  /** Where zero is, as a percentage of the width; 0 when no value is negative. */
  zeroPercent: number;
  /** The unit every bar counts, when they name one. */
  unit?: string;
}

/** Added to a computed bar's label, so the difference does not rest on colour alone. */
export const COMPUTED_MARK = '(computed by Tally)';
export const BAR_HEIGHT = 22;
/** Line height of a label line, in px (labels are set at 14 px). */
export const LABEL_LINE = 18;
const LABEL_TO_BAR = 6;
const ROW_GAP = 16;
/** About the characters of 14 px sans text that fit the 328 px column of a 360 px phone. */
export const LABEL_CHARACTERS = 40;
/** A bar at least this share of the width has room to carry its own value. */
export const INSIDE_THRESHOLD = 0.6;

function toPercent(fraction: number): number {
  return Math.round(fraction * 10_000) / 100;
}

/** Breaks a label at spaces into lines of at most `width` characters; a longer word keeps its own line. */
export function wrapLabel(label: string, width = LABEL_CHARACTERS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function extent(bar: BarInput): [number, number] {
  if (bar.range) return bar.range;
  return bar.value < 0 ? [bar.value, 0] : [0, bar.value];
}

export function layoutBarChart(bars: BarInput[]): BarChartLayout {
  if (bars.length === 0) throw new RangeError('a bar chart needs at least one value');
  const invalid = bars.find((bar) => !Number.isFinite(bar.value));
  if (invalid) throw new RangeError(`"${invalid.id}" (${invalid.value}) is not a number a bar can show`);
  const units = new Set(bars.map((bar) => bar.unit));
  if (units.size > 1) {
    const listed = bars.map((bar) => `${bar.id}: ${bar.unit ?? 'no unit'}`).join(', ');
    throw new RangeError(`the bars of one chart must count the same unit (found ${listed})`);
  }
  const lowest = Math.min(0, ...bars.map((bar) => extent(bar)[0]));
  const highest = Math.max(0, ...bars.map((bar) => extent(bar)[1]));
  const span = highest - lowest;
  const at = (value: number) => (span === 0 ? 0 : (value - lowest) / span);
  const zero = at(0);
  let top = 0;
  const rows = bars.map((bar): BarRow => {
    const [start, end] = extent(bar);
    const width = at(end) - at(start);
    const lines = wrapLabel(bar.computed ? `${bar.label} ${COMPUTED_MARK}` : bar.label);
    const barY = top + lines.length * LABEL_LINE + LABEL_TO_BAR;
    const inside = width >= INSIDE_THRESHOLD;
    const negative = !bar.range && bar.value < 0;
    // A long bar carries its value at its far end; a short one has it just past its end, and a
    // short negative bar on the free side of the zero line.
    const [valueAt, valueAnchor]: [number, 'start' | 'end'] = inside
      ? negative
        ? [at(start), 'start']
        : [at(end), 'end']
      : negative
        ? [zero, 'start']
        : [at(end), 'start'];
    const row: BarRow = {
      ...bar,
      labelLines: lines.map((text, index) => ({ text, y: top + (index + 1) * LABEL_LINE - 4 })),
      barY,
      xPercent: toPercent(at(start)),
      widthPercent: toPercent(width),
      valuePercent: toPercent(valueAt),
      valueAnchor,
      valueInside: inside,
      valueY: barY + BAR_HEIGHT / 2,
    };
    top = barY + BAR_HEIGHT + ROW_GAP;
    return row;
  });
  return { rows, height: top - ROW_GAP, barHeight: BAR_HEIGHT, zeroPercent: toPercent(zero), unit: bars[0]!.unit };
}

/** The chart's long description for screen readers: every bar, in order, as the text shows it. */
export function describeBarChart(bars: Pick<BarInput, 'label' | 'display'>[]): string {
  return `Horizontal bar chart, bars to scale. ${bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ')}.`;
}

/** The bars of an article's chart: a stated figure by its label, a computed fact by its title. */
export function barsOfChart(chart: ResolvedChart): BarInput[] {
  return chart.figures.map((item) => ({
    id: item.id,
    label: item.kind === 'figure' ? item.label : item.title,
    value: item.value,
    display: item.display,
    unit: item.unit,
    range: item.range,
    computed: item.kind === 'fact',
  }));
}

/**
 * What the chart's kicker says its bars count: "seats", "GBP per share". Money alone is left to
 * the bars' own symbols ("£2.8 billion"), but a rate of money keeps its currency: "per share"
 * alone would not say what is counted per share.
 */
export function chartUnitWords(chart: ResolvedChart): string {
  const first = chart.figures[0];
  if (!first) return '';
  return first.unitWords.startsWith('per ') ? first.unitLong : first.unitWords;
}
